using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Web.Limits;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Uploads go through the same reader and stores as <c>POST /api/calls/{year}/applicants</c> and <c>/mentors</c>.</summary>
[ImportBody]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.RateLimiting.Imports)]
public sealed class ImportsModel(
    ApplicantStore applicants, MentorStore mentors, CallStore calls, IOptions<BodyLimitOptions> limits, TimeProvider time,
    IServiceProvider services, IStringLocalizer<Texts> texts) : AppPage
{
    /// <summary>The call's earlier imports (upload, inbox, portal), newest first, as <c>GET /api/calls/{year}/imports</c>.</summary>
    internal IReadOnlyList<ImportEntry> History { get; private set; } = [];

    /// <summary>The largest file the page takes, in words.</summary>
    public string MaxFileSize => texts["{0} MB", limits.Value.ImportBytes / (1L << 20)];

    public int Year { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>The problem is a call that does not exist yet: the page links to the calls page, where it is created.</summary>
    public bool CallMissing { get; private set; }

    /// <summary>The applicants' columns and what each holds, in the reader's language (the README's table, on the page).</summary>
    public IReadOnlyList<(string Column, string Meaning)> ApplicantColumns =>
    [
        ("id", texts["Unique within the call: importing the same id again updates the record."]),
        ("city", texts["The city's name."]),
        ("country_code", texts["Its country as two letters (ISO 3166-1: GH, DZ, FR)."]),
        ("creative_field", texts["One of the seven creative fields, in English or French, in any case (Music, Musique, Crafts and Folk Art)."]),
        ("languages", texts["The languages the city works in, as two-letter codes separated by semicolons (en;fr)."]),
        ("submitted_at", texts["When the application arrived, with its offset (2027-03-10T10:00:00+01:00)."]),
        ("needs", texts["What the city needs from a mentor city."]),
        ("profile", texts["Optional: a description of the city."]),
        ("previous_calls", texts["Optional: years of earlier unsuccessful applications, separated by semicolons (2019;2023)."]),
        ("contact_email", texts["Optional: the address where the city's notices go; its mentor city sees it once the partnership is established."]),
    ];

    /// <summary>The mentor offers' columns and what each holds.</summary>
    public IReadOnlyList<(string Column, string Meaning)> MentorColumns =>
    [
        ("id, city, country_code, creative_field, languages", texts["As for applicants."]),
        ("capacity", texts["How many applicant cities the city can mentor (a whole number, 1 or more)."]),
        ("expertise", texts["What the city can offer."]),
        ("support_forms", texts["Optional: technical_assistance, field_visit or cooperation, separated by semicolons."]),
        ("member_since", texts["Optional: the year the city joined the network."]),
        ("contact_email", texts["Optional: the address where the city's notices go."]),
    ];

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
            Problem = texts["A call year is between {0} and {1}.", CallStore.MinYear, CallStore.MaxYear];
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            // The page still lists the call's earlier imports under the problem.
            Problem = texts["Choose a file to import."];
            await LoadHistoryAsync(HttpContext.RequestAborted);
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
            Problem = texts["The file cannot be read: {0}", texts.Say(e)];
        }
        catch (CallNotFoundException)
        {
            Problem = texts["There is no call {0} yet: the secretariat creates it first, with its dates.", year];
            CallMissing = true;
        }

        await LoadHistoryAsync(HttpContext.RequestAborted);
        return Page();
    }
}
