using Matchmaking.Core;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Users;

/// <summary>The people who use the service: the secretariat manages them; everyone changes their own password.</summary>
internal static class UsersApi
{
    public sealed record CreateUserRequest
    {
        public required string Name { get; init; }
        /// <summary>secretariat, coordinator or mentor.</summary>
        public required string Role { get; init; }
        /// <summary>A coordinator's creative field, e.g. "Music".</summary>
        public string? CreativeField { get; init; }
        /// <summary>A mentor's member city, e.g. "Bologna".</summary>
        public string? City { get; init; }
        public string? CountryCode { get; init; }
        public string? Email { get; init; }
    }

    public sealed record ChangePasswordRequest
    {
        public required string CurrentPassword { get; init; }
        public required string NewPassword { get; init; }
    }

    /// <param name="Language">"en" or "fr"; null when unset (the pages follow the browser, mail the person's city or English).</param>
    public sealed record LanguageChoice(string? Language);

    /// <summary>The token and the temporary password are shown here once and stored only as hashes.</summary>
    public sealed record IssuedAccountView(UserAccount User, string? Token, string TemporaryPassword);

    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Secretariat);
        group.MapGet("/", async (UserAccounts accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct)));
        group.MapPost("/", CreateAsync);
        group.MapPost("/{name}/disable", (string name, HttpContext context, UserAccounts accounts, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            AnswerAsync(accounts.DisableAsync(name, context.User.ToCurrentUser(), ct), texts));
        group.MapPost("/{name}/enable", (string name, HttpContext context, UserAccounts accounts, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            AnswerAsync(accounts.EnableAsync(name, context.User.ToCurrentUser(), ct), texts));
        group.MapPost("/{name}/unlock", (string name, HttpContext context, UserAccounts accounts, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            AnswerAsync(accounts.UnlockAsync(name, context.User.ToCurrentUser(), ct), texts));
        group.MapPost("/{name}/reset-password", ResetPasswordAsync);
        app.MapPost("/api/account/password", ChangeOwnPasswordAsync).WithTags("Users").RequireAuthorization();
        app.MapGet("/api/account/language", async (HttpContext context, UserLanguages languages, CancellationToken ct) =>
            TypedResults.Ok(new LanguageChoice(await languages.GetAsync(context.User.ToCurrentUser().Id, ct))))
            .WithTags("Users").RequireAuthorization();
        app.MapPut("/api/account/language", SetLanguageAsync).WithTags("Users").RequireAuthorization();
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, HttpContext context, UserAccounts accounts,
        IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        if (!UserRoles.TryParse(request.Role, out var role))
        {
            return Invalid("role", $"'{request.Role}' is not a role: use secretariat, coordinator or mentor.");
        }

        CreativeField? field = null;
        if (request.CreativeField is { Length: > 0 } fieldText && !CreativeFields.TryParse(fieldText, out field))
        {
            return Invalid("creative_field", $"'{fieldText}' is not one of: {string.Join(", ", CreativeFields.All.Select(f => f.DisplayName()))}.");
        }

        var created = await accounts.CreateAsync(
            new NewUser { Name = request.Name, Role = role, Field = field, City = request.City, CountryCode = request.CountryCode },
            request.Email, context.User.ToCurrentUser(), cancellationToken);
        return created.Value is { } issued
            ? TypedResults.Created($"/api/users/{Uri.EscapeDataString(issued.Account.Name)}",
                new IssuedAccountView(issued.Account, issued.Token, issued.TemporaryPassword))
            : texts.Problem(created.Refusal!);
    }

    private static async Task<IResult> ResetPasswordAsync(
        string name, HttpContext context, UserAccounts accounts, IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        var reset = await accounts.ResetPasswordAsync(name, context.User.ToCurrentUser(), cancellationToken);
        return reset.Value is { } issued
            ? TypedResults.Ok(new IssuedAccountView(issued.Account, null, issued.TemporaryPassword))
            : texts.Problem(reset.Refusal!);
    }

    private static async Task<IResult> ChangeOwnPasswordAsync(ChangePasswordRequest request, HttpContext context, UserAccounts accounts,
        IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        var changed = await accounts.ChangeOwnPasswordAsync(context.User.ToCurrentUser(), request.CurrentPassword, request.NewPassword, cancellationToken);
        return changed.Succeeded ? TypedResults.Ok(new { message = texts["Your password is changed."].Value }) : texts.Problem(changed.Refusal!);
    }

    /// <summary>Sets (or, with null, unsets) one's own language for the pages and for mail addressed to one.</summary>
    private static async Task<IResult> SetLanguageAsync(
        LanguageChoice request, HttpContext context, UserLanguages languages, CancellationToken cancellationToken)
    {
        try
        {
            await languages.SetAsync(context.User.ToCurrentUser(), request.Language, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return Invalid("language", ArgumentMessages.Sentence(e));
        }

        return TypedResults.Ok(request);
    }

    private static async Task<IResult> AnswerAsync(Task<Outcome<UserAccount>> change, IStringLocalizer<Texts> texts)
    {
        var outcome = await change;
        return outcome.Value is { } account ? TypedResults.Ok(account) : texts.Problem(outcome.Refusal!);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
