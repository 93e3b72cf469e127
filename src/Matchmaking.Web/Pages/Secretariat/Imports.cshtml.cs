using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Web.Pages.Shared;
using Matchmaking.Web.Limits;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Uploads go through the same reader and stores as <c>POST /api/calls/{year}/applicants</c> and <c>/mentors</c>.</summary>
[ImportBody]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.RateLimiting.Imports)]
public sealed class ImportsModel(
    ApplicantStore applicants, MentorStore mentors, CallStore calls, IOptions<BodyLimitOptions> limits, TimeProvider time,
    IServiceProvider services, IStringLocalizer<Texts> T) : AppPage
{
    /// <summary>The call's earlier imports (upload, inbox, portal), newest first, as <c>GET /api/calls/{year}/imports</c>.</summary>
    internal IReadOnlyList<ImportEntry> History { get; private set; } = [];

    /// <summary>The largest file the page takes, in words.</summary>
    public string MaxFileSize => $"{limits.Value.ImportBytes / (1L << 20)} MB";

    public int Year { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        await LoadHistoryAsync(cancellationToken);
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        if (Year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            return;
        }

        var history = await ImportHistory.ForCallAsync(services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            services.GetRequiredService<Core.Ingestion.Inbox.InboxClaims>(), Year, cancellationToken);
        History = [.. history.Imports.OrderByDescending(i => i.ImportedAt).Take(50)];
    }

    public Task<IActionResult> OnPostApplicantsAsync(int year, IFormFile? file, CancellationToken cancellationToken) =>
        ImportAsync(year, file, async (stream, format, source) => await applicants.ImportAsync(
            year, await ProfileReader.ReadApplicantsAsync(stream, format, source, cancellationToken), Actor.Label, cancellationToken));

    public Task<IActionResult> OnPostMentorsAsync(int year, IFormFile? file, CancellationToken cancellationToken) =>
        ImportAsync(year, file, async (stream, format, source) => await mentors.ImportAsync(
            year, await ProfileReader.ReadMentorsAsync(stream, format, source, cancellationToken), Actor.Label, cancellationToken));

    private async Task<IActionResult> ImportAsync(
        int year, IFormFile? file, Func<Stream, ImportFormat, string, Task<ImportOutcome>> import)
    {
        Year = year;
        if (year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            Problem = $"A call year is between {CallStore.MinYear} and {CallStore.MaxYear}.";
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            Problem = "Choose a file to import.";
            return Page();
        }

        // The file's name first: browsers label uploads inconsistently (.csv as application/vnd.ms-excel or octet-stream).
        var format = ImportFormats.FromFileName(file.FileName) ?? ImportFormats.FromContentType(file.ContentType) ?? ImportFormat.Csv;
        try
        {
            await using var stream = file.OpenReadStream();
            Outcome = await import(stream, format, $"upload:{Path.GetFileName(file.FileName)}");
        }
        catch (UnreadableInputException e)
        {
            Problem = T["The file cannot be read: {0}", T.Say(e)];
        }
        catch (CallNotFoundException e)
        {
            Problem = e.Message;
        }

        await LoadHistoryAsync(HttpContext.RequestAborted);
        return Page();
    }
}
