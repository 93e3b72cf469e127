using Matchmaking.Core.Applicants;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Reports;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Exports;

/// <summary>
/// The lists people take into a spreadsheet, as CSV: each shows what its reader may see through the JSON endpoint of the
/// same name, and every cell is escaped against formula injection.
/// </summary>
internal static class ExportsApi
{
    public static void MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Exports");
        group.MapGet("/calls/{year:int}/proposals.csv", ProposalsAsync).RequireAuthorization().AllowPageSession()
            .WithSummary("The call's current proposals as CSV, as the reader may see them").Produces<string>(contentType: "text/csv");
        group.MapGet("/calls/{year:int}/applicants.csv", ApplicantsAsync).RequireAuthorization(Policies.SecretariatOrCoordinator).AllowPageSession()
            .WithSummary("The call's applicants as CSV (a coordinator: its own field)").Produces<string>(contentType: "text/csv");
        group.MapGet("/notifications.csv", NotificationsAsync).RequireAuthorization(Policies.Secretariat).AllowPageSession()
            .WithSummary("The outbox as CSV (the latest 1,000)").Produces<string>(contentType: "text/csv");
        group.MapGet("/audit.csv", AuditAsync).RequireAuthorization(Policies.Secretariat).AllowPageSession()
            .WithSummary("The audit log as CSV (the latest 1,000; ?actor=, ?what=, ?from= and ?until= days in Paris time filter)").Produces<string>(contentType: "text/csv");
    }

    private static async Task<FileContentHttpResult> ProposalsAsync(
        int year, HttpContext context, ProposalService proposals, CancellationToken cancellationToken)
    {
        var user = context.User.ToCurrentUser();
        var rows = (await proposals.ListCurrentAsync(year, cancellationToken)).Where(p => ProposalAccess.CanSee(user, p))
            .Select(p => (IReadOnlyList<string?>)
            [
                p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Field.DisplayName(), p.Applicant.Id, p.Applicant.City,
                p.Applicant.CountryCode, p.Mentor.Id, p.Mentor.City, p.Mentor.CountryCode, CsvTable.Number(p.Score),
                CsvTable.Number(p.Similarity), p.Status.Code(), p.DecidedBy, CsvTable.When(p.DecidedAt), p.Note, p.RespondedBy,
                CsvTable.When(p.RespondedAt), p.ResponseNote,
            ]);
        return File($"proposals-{year}.csv", CsvTable.Write(
        [
            "id", "creative_field", "applicant_id", "applicant_city", "applicant_country", "mentor_id", "mentor_city", "mentor_country",
            "score", "similarity", "status", "decided_by", "decided_at", "note", "responded_by", "responded_at", "response_note",
        ], rows));
    }

    private static async Task<FileContentHttpResult> ApplicantsAsync(
        int year, HttpContext context, ApplicantStore store, CancellationToken cancellationToken)
    {
        var user = context.User.ToCurrentUser();
        var rows = (await store.ListAsync(year, cancellationToken)).Where(a => user.IsSecretariat || user.CanReview(a.Field))
            .Select(a => (IReadOnlyList<string?>)
            [
                a.Id, a.City, a.CountryCode, a.Field.DisplayName(), string.Join(';', a.Languages), CsvTable.When(a.SubmittedAt), a.Needs,
                a.Profile, string.Join(';', a.PreviousCalls),
            ]);
        return File($"applicants-{year}.csv", CsvTable.Write(
            ["id", "city", "country_code", "creative_field", "languages", "submitted_at", "needs", "profile", "previous_calls"], rows));
    }

    private static async Task<FileContentHttpResult> NotificationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<NotificationOutbox>();
        var rows = (await outbox.ListAsync(null, 1000, cancellationToken)).Select(n => (IReadOnlyList<string?>)
        [
            n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvTable.When(n.CreatedAt), n.Recipient, n.Email, n.Subject,
            n.State, n.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvTable.When(n.SentAt), n.LastError,
        ]);
        return File("notifications.csv", CsvTable.Write(
            ["id", "created_at", "recipient", "email", "subject", "state", "attempts", "sent_at", "last_error"], rows));
    }

    /// <summary>
    /// As the audit page: <c>?actor=</c> (who), <c>?what=</c> (action or what it was done on), <c>?from=</c> and <c>?until=</c>
    /// (days as yyyy-MM-dd in Paris time, both included; a day that is not one is left out, as on the page).
    /// </summary>
    private static async Task<FileContentHttpResult> AuditAsync(
        string? actor, string? what, string? from, string? until, AuditTrail audit, CancellationToken cancellationToken)
    {
        var filter = AuditDays.Filter(actor, what, from, until);
        var rows = (await audit.ListAsync(1000, filter, cancellationToken)).Select(e => (IReadOnlyList<string?>)
            [e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvTable.When(e.At), e.Actor, e.Action, e.Entity, e.EntityId, e.Details]);
        return File("audit.csv", CsvTable.Write(["id", "at", "actor", "action", "entity", "entity_id", "details"], rows));
    }

    private static FileContentHttpResult File(string name, string csv) => CsvDownload.File(csv, name);
}
