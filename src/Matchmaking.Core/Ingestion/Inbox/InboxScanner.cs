using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Outcomes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>What one scan did with one file.</summary>
public sealed record InboxFileOutcome
{
    public required string File { get; init; }
    /// <summary>imported, unreadable, duplicate, or skipped (another worker has it, or it was gone).</summary>
    public required string Outcome { get; init; }
    public ImportOutcome? Import { get; init; }
    public string? Error { get; init; }
}

/// <summary>
/// Imports the files dropped into the inbox folder (see <see cref="InboxFileName"/> for which ones). Each file is claimed by
/// its content in the database first (<see cref="InboxClaim"/>), so workers scanning the same folder import it once; it is then
/// read like an upload, imported, and moved to <c>processed/</c>, or to <c>failed/</c> beside a <c>.error.txt</c> when it
/// cannot be read at all. A file whose content was already claimed goes to <c>failed/</c> with an explanation, unimported.
/// If a worker dies between the import's commit and the claim's, the file stays and is imported again: records are upserts by
/// id, so that costs a second entry in the imports history, never a wrong record.
/// </summary>
internal sealed class InboxScanner(
    InboxClaims claims,
    CallStore calls,
    ApplicantStore applicants,
    MentorStore mentors,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<InboxScanner> logger)
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    /// <summary>The actor of inbox imports in the imports history and the audit log.</summary>
    public const string Actor = "inbox";

    /// <summary>This scanner, in <c>inbox_files.claimed_by</c>.</summary>
    public string Worker { get; } = $"inbox@{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<IReadOnlyList<InboxFileOutcome>> ScanAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.Folder ?? throw new InvalidOperationException("Inbox:Folder is not configured."));
        Directory.CreateDirectory(Path.Combine(folder, ProcessedFolder));
        Directory.CreateDirectory(Path.Combine(folder, FailedFolder));
        await calls.EnsureAsync(settings.CallYear, cancellationToken);

        var outcomes = new List<InboxFileOutcome>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (InboxFileName.Classify(Path.GetFileName(path)) is { } name)
            {
                outcomes.Add(await ProcessAsync(settings.CallYear, folder, path, name, cancellationToken));
            }
        }

        return outcomes;
    }

    private async Task<InboxFileOutcome> ProcessAsync(
        int year, string folder, string path, InboxFileName name, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Skipped(file, "another worker took it");
        }

        await using var claim = await claims.ClaimAsync(
            year, SHA256.HashData(content), path, name.Kind, Worker, time.GetUtcNow(), cancellationToken);
        if (claim.HeldElsewhere)
        {
            return Skipped(file, "another worker is importing it");
        }

        if (claim.Earlier is { } earlier)
        {
            return await DuplicateAsync(folder, path, earlier, cancellationToken);
        }

        var source = $"inbox:{file}";
        ImportOutcome import;
        try
        {
            using var input = new MemoryStream(content, writable: false);
            import = name.Kind == "applicants"
                ? await applicants.ImportAsync(year, await ProfileReader.ReadApplicantsAsync(input, name.Format, source, cancellationToken),
                    Actor, cancellationToken)
                : await mentors.ImportAsync(year, await ProfileReader.ReadMentorsAsync(input, name.Format, source, cancellationToken),
                    Actor, cancellationToken);
        }
        catch (UnreadableInputException e)
        {
            var failedTo = Move(path, Path.Combine(folder, FailedFolder), claim.Id!.Value.ToString(CultureInfo.InvariantCulture));
            if (failedTo is not null)
            {
                await File.WriteAllTextAsync(failedTo + ".error.txt", ErrorReport(file, e), Encoding.UTF8, cancellationToken);
            }

            await claim.FinishAsync("failed", null, e.Message, failedTo, time.GetUtcNow(), cancellationToken);
            LogMessages.InboxFileUnreadable(logger, file, e.Message);
            return new InboxFileOutcome { File = file, Outcome = "unreadable", Error = e.Message };
        }

        var processedTo = Move(path, Path.Combine(folder, ProcessedFolder), claim.Id!.Value.ToString(CultureInfo.InvariantCulture));
        await claim.FinishAsync("processed", import.ImportId, null, processedTo, time.GetUtcNow(), cancellationToken);
        LogMessages.InboxFileImported(logger, file, import.ImportId, import.Accepted, import.Rejected);
        return new InboxFileOutcome { File = file, Outcome = "imported", Import = import };
    }

    private async Task<InboxFileOutcome> DuplicateAsync(
        string folder, string path, InboxClaim.EarlierClaim earlier, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var what = earlier.State == "processed"
            ? $"was imported as import {earlier.ImportId?.ToString(CultureInfo.InvariantCulture) ?? "(since deleted)"}"
            : $"could not be read ({earlier.Error})";
        var reason = $"{file} has the same content as {Path.GetFileName(earlier.Path)}, which {what} "
            + $"on {earlier.ClaimedAt.ToString("u", CultureInfo.InvariantCulture)}; it was not imported again.";
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        if (Move(path, Path.Combine(folder, FailedFolder), stamp) is not { } movedTo)
        {
            return Skipped(file, "another worker took it");
        }

        await File.WriteAllTextAsync(movedTo + ".error.txt", reason + Environment.NewLine, Encoding.UTF8, cancellationToken);
        LogMessages.InboxFileDuplicate(logger, file, Path.GetFileName(earlier.Path));
        return new InboxFileOutcome { File = file, Outcome = "duplicate", Error = reason };
    }

    private InboxFileOutcome Skipped(string file, string why)
    {
        LogMessages.InboxFileSkipped(logger, file, why);
        return new InboxFileOutcome { File = file, Outcome = "skipped", Error = why };
    }

    /// <summary>Moves the file into <paramref name="folder"/>, under its own name unless taken; null when it is already gone.</summary>
    private static string? Move(string path, string folder, string suffix)
    {
        var name = Path.GetFileName(path);
        var target = Path.Combine(folder, name);
        if (File.Exists(target))
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{suffix}{Path.GetExtension(name)}");
        }

        try
        {
            File.Move(path, target, overwrite: false);
            return target;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static string ErrorReport(string file, UnreadableInputException e)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"File: {file}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Line: {e.Line?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Column: {e.Column?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Reason: {e.Reason.InEnglish()}");
        text.AppendLine();
        text.AppendLine("Nothing from this file was imported. Correct it and drop it into the inbox again.");
        return text.ToString();
    }
}
