using System.Text.Json;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Mentors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>How one feed's sync ended.</summary>
public sealed record PortalFeedOutcome
{
    public required string Kind { get; init; }
    /// <summary>imported, not_modified (every page answered 304), empty (no records at all) or failed.</summary>
    public required string Outcome { get; init; }
    public ImportOutcome? Import { get; init; }
    public string? Error { get; init; }
}

/// <summary>
/// Pulls the portal's applications and mentor offers into the call. Each feed is fetched page by page, with conditional
/// requests for pages seen before; the changed pages' records then go through the same reader as an uploaded JSON file and
/// are written as ONE import, so a sync that fails half-way (a page that never comes) writes nothing. The portal is never a
/// source of deletions: a record that disappears from it stays.
/// </summary>
internal sealed class PortalSync(
    PortalClient client,
    PortalResilience resilience,
    PortalSyncState state,
    CallStore calls,
    ApplicantStore applicants,
    MentorStore mentors,
    IOptions<PortalOptions> options,
    TimeProvider time,
    ILogger<PortalSync> logger)
{
    /// <summary>The actor of portal imports in the imports history and the audit log.</summary>
    public const string Actor = "portal";

    // A guard against a portal whose next_page never ends; 1000 pages of 1000 records is far beyond any call.
    private const int MaxPages = 1000;

    public async Task<IReadOnlyList<PortalFeedOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        var year = options.Value.CallYear;
        await calls.EnsureAsync(year, cancellationToken);
        var outcomes = new List<PortalFeedOutcome>();
        // The feeds are independent: mentor offers still sync when applications fail, and the reverse.
        foreach (var feed in PortalFeed.All)
        {
            outcomes.Add(await SyncFeedAsync(year, feed, cancellationToken));
        }

        return outcomes;
    }

    private async Task<PortalFeedOutcome> SyncFeedAsync(int year, PortalFeed feed, CancellationToken cancellationToken)
    {
        IReadOnlyList<PortalPage> pages;
        try
        {
            pages = await FetchAllAsync(year, feed, cancellationToken);
        }
        catch (Exception e) when (IsPortalFailure(e, cancellationToken))
        {
            var error = Explain(e, feed);
            LogMessages.PortalSyncFailed(logger, feed.Kind, year, error);
            await state.FailedAsync(year, feed, error, time.GetUtcNow(), cancellationToken);
            return new PortalFeedOutcome { Kind = feed.Kind, Outcome = "failed", Error = error };
        }

        var changed = pages.Where(p => p.Modified).SelectMany(p => p.Items).ToList();
        ImportOutcome? import = null;
        if (changed.Count > 0)
        {
            import = await ImportAsync(year, feed, changed, cancellationToken);
        }

        var outcome = import is not null ? "imported" : pages.All(p => !p.Modified) ? "not_modified" : "empty";
        await state.SucceededAsync(year, feed, pages.Select(p => p.Validators).ToList(), outcome, import?.ImportId, time.GetUtcNow(),
            cancellationToken);
        LogMessages.PortalSyncFinished(logger, feed.Kind, year, outcome, import?.Accepted ?? 0, import?.Rejected ?? 0);
        return new PortalFeedOutcome { Kind = feed.Kind, Outcome = outcome, Import = import };
    }

    private async Task<IReadOnlyList<PortalPage>> FetchAllAsync(int year, PortalFeed feed, CancellationToken cancellationToken)
    {
        var known = await state.PagesAsync(year, feed, cancellationToken);
        var pages = new List<PortalPage>();
        int? next = 1;
        while (next is { } number)
        {
            if (pages.Count == MaxPages)
            {
                throw new PortalContractException($"The portal's {feed.Path} still names a next page after {MaxPages} pages.");
            }

            var page = await client.GetPageAsync(year, feed, number, known.GetValueOrDefault(number), cancellationToken);
            pages.Add(page);
            next = page.Validators.NextPage;
        }

        return pages;
    }

    /// <summary>The records of the changed pages, in page order, read exactly like an uploaded JSON array.</summary>
    private async Task<ImportOutcome> ImportAsync(int year, PortalFeed feed, List<JsonElement> items, CancellationToken cancellationToken)
    {
        using var array = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(array))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        array.Position = 0;
        var source = feed.SourceFor(year);
        if (feed == PortalFeed.Applicants)
        {
            var batch = await ProfileReader.ReadApplicantsAsync(array, ImportFormat.Json, source, cancellationToken);
            return await applicants.ImportAsync(year, batch, Actor, cancellationToken);
        }

        var offers = await ProfileReader.ReadMentorsAsync(array, ImportFormat.Json, source, cancellationToken);
        return await mentors.ImportAsync(year, offers, Actor, cancellationToken);
    }

    private static bool IsPortalFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        HttpRequestException or BrokenCircuitException or TimeoutRejectedException or PortalContractException => true,
        // HttpClient's own cancellation when the caller did not cancel: the connection died under the request.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string Explain(Exception e, PortalFeed feed) => e switch
    {
        BrokenCircuitException => $"The portal is failing repeatedly, so requests for {feed.Path} are paused (circuit open); "
            + $"the failure that opened it: {resilience.LastBreakReason ?? "unknown"}.",
        TimeoutRejectedException t => $"The portal did not answer a request for {feed.Path} within {t.Timeout.TotalMilliseconds:0} ms, "
            + "on any attempt.",
        _ => e.Message,
    };
}
