using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Matching;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Spectre.Console;

namespace Matchmaking.Cli.Pairing;

/// <summary><c>matchmaking pair</c>: the whole engine offline, on files, with the shipped reference data and no database.</summary>
internal static class PairCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var call = new Option<int>("--call") { Description = "the call's year, e.g. 2021", Required = true };
        var applicants = new Option<FileInfo>("--applicants") { Description = "applicants, .csv or .json", Required = true };
        var mentors = new Option<FileInfo>("--mentors") { Description = "mentor offers, .csv or .json", Required = true };
        var result = new Option<FileInfo?>("--out") { Description = "where to write result.json; standard output when omitted" };
        var eligibility = new Option<string>("--eligibility")
        {
            Description = "call: all of the cooperation framework's rules; none: only field, membership, language and capacity",
            DefaultValueFactory = _ => "call",
        };
        eligibility.AcceptOnlyFromAmong("call", "none");
        var model = new Option<FileInfo?>("--model") { Description = "text model artifact; the shipped model when omitted (or Model__Path)" };
        var embeddings = new Option<string>("--embeddings")
        {
            Description = "sentence embeddings (all-MiniLM-L6-v2, some 15 ms a text): auto encodes up to "
                          + $"{AutoEmbeddingLimit} texts and skips larger runs; on; off (or Embeddings__Enabled=false)",
            DefaultValueFactory = _ => "auto",
        };
        embeddings.AcceptOnlyFromAmong("auto", "on", "off");
        var command = new Command("pair", "Pair applicants with mentor offers offline and write the result as JSON.")
        {
            call, applicants, mentors, result, eligibility, model, embeddings,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            // Standard error is often a log file, not a terminal: do not wrap progress lines at 80 columns.
            progress.Profile.Width = Math.Max(progress.Profile.Width, 160);
            try
            {
                var run = new PairRun(parsed.GetValue(call), parsed.GetValue(applicants)!, parsed.GetValue(mentors)!,
                    parsed.GetValue(eligibility) == "none" ? EligibilityMode.None : EligibilityMode.Call,
                    parsed.GetValue(model)?.FullName ?? Environment.GetEnvironmentVariable("Model__Path"),
                    string.Equals(Environment.GetEnvironmentVariable("Embeddings__Enabled"), "false", StringComparison.OrdinalIgnoreCase)
                        ? "off" : parsed.GetValue(embeddings)!);
                var outcome = await run.ExecuteAsync(progress, cancellationToken);
                await WriteAsync(outcome, parsed.GetValue(result), output, cancellationToken);
                Summarize(progress, outcome);
                return 0;
            }
            catch (UnreadableInputException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static async Task WriteAsync(PairOutput outcome, FileInfo? file, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new JsonSerializerOptions(JsonDefaults.Options) { WriteIndented = true };
        if (file is null)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(outcome, options));
            return;
        }

        await using var stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, outcome, options, cancellationToken);
    }

    private static void Summarize(IAnsiConsole console, PairOutput outcome)
    {
        var table = new Table().AddColumns("field", "admissible", "capacity", "shortfall");
        foreach (var f in outcome.Fields)
        {
            table.AddRow(f.Field.DisplayName(), $"{f.AdmissibleApplicants}", $"{f.MentorCapacity}", $"{f.Shortfall}");
        }

        console.Write(table);
        console.MarkupLine(
            $"[green]{outcome.Pairs.Count} pairs[/], {outcome.Unmatched.Count} applicants unmatched, " +
            $"{outcome.RejectedMentors.Count} offers rejected, {outcome.InvalidRecords.Count} invalid records; model {outcome.Model.EscapeMarkup()}");
    }

    /// <summary>
    /// Above this many texts `auto` leaves embeddings out: they cost some 15 ms a text on one core (1,000 texts: 15 s), and a
    /// run at 10,000 x 10,000 must stay within seconds; the other text groups still score every pair.
    /// </summary>
    private const int AutoEmbeddingLimit = 1000;

    private sealed record PairRun(
        int Year, FileInfo Applicants, FileInfo Mentors, EligibilityMode Eligibility, string? ModelPath, string Embeddings)
    {
        public async Task<PairOutput> ExecuteAsync(IAnsiConsole progress, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            // The model and its lexicon (about 2 s) load on the other core while the files are read.
            var loading = Task.Run(() => TextModelProvider.Load(ModelPath), cancellationToken);
            var applicants = await ReadAsync(Applicants, ProfileReader.ReadApplicantsAsync, cancellationToken);
            var mentors = await ReadAsync(Mentors, ProfileReader.ReadMentorsAsync, cancellationToken);
            progress.MarkupLine($"read {applicants.Accepted.Count} applicants and {mentors.Accepted.Count} offers " +
                                $"({applicants.Rejected.Count + mentors.Rejected.Count} invalid) in {clock.ElapsedMilliseconds} ms");
            var model = await loading;
            var reference = ReferenceDataSet.Load();
            var request = new PairingRequest
            {
                Call = CallSchedule.ForYear(Year),
                Applicants = applicants.Accepted.Select(a => a.Record).ToList(),
                Mentors = mentors.Accepted.Select(m => m.Record).ToList(),
                Members = reference.Members,
                EligibleCountryCodes = reference.EligibleCountryCodes,
                Eligibility = Eligibility,
            };
            request = await WithEmbeddingsAsync(request, model, progress, cancellationToken);
            progress.MarkupLine($"pairing {request.Applicants.Count} applicants with {request.Mentors.Count} offers "
                                + $"(model {model.Version.EscapeMarkup()}, eligibility {Eligibility.ToString().ToLowerInvariant()})...");
            clock.Restart();
            var result = PairingEngine.Run(request, model, cancellationToken);
            progress.MarkupLine($"paired in {clock.ElapsedMilliseconds} ms");
            return ToOutput(result, applicants, mentors);
        }

        private async Task<PairingRequest> WithEmbeddingsAsync(
            PairingRequest request, Engine.Text.TextModel model, IAnsiConsole progress, CancellationToken cancellationToken)
        {
            var texts = PairingEngine.TextsToEmbed(request, model);
            if (Embeddings == "off" || texts.Count == 0)
            {
                return request;
            }

            if (Embeddings == "auto" && texts.Count > AutoEmbeddingLimit)
            {
                progress.MarkupLine($"no sentence embeddings: {texts.Count} texts is more than {AutoEmbeddingLimit} (--embeddings on to encode them)");
                return request;
            }

            var clock = Stopwatch.StartNew();
            var embeddings = await new SentenceEncoder().EmbedAsync(texts, cancellationToken);
            progress.MarkupLine($"encoded {texts.Count} texts with {SentenceEncoder.Model.EscapeMarkup()} in {clock.ElapsedMilliseconds} ms");
            return request with { Embeddings = embeddings };
        }

        private PairOutput ToOutput(PairingResult result, ParsedBatch<ApplicantProfile> applicants, ParsedBatch<MentorOffer> mentors)
        {
            var seen = result.Pairs.Select(p => p.ApplicantId).Concat(result.Unmatched.Select(u => u.ApplicantId)).ToHashSet(StringComparer.Ordinal);
            var invalidApplicants = applicants.Rejected
                .Where(r => !string.IsNullOrWhiteSpace(r.RecordId) && seen.Add(r.RecordId!))
                .Select(r => new UnmatchedLine(r.RecordId!, [ReasonCodes.InvalidRecord]));
            var seenMentors = result.RejectedMentors.Select(m => m.MentorId).Concat(result.Pairs.Select(p => p.MentorId)).ToHashSet(StringComparer.Ordinal);
            var invalidMentors = mentors.Rejected
                .Where(r => !string.IsNullOrWhiteSpace(r.RecordId) && !seenMentors.Contains(r.RecordId!))
                .Select(r => new RejectedMentorLine(r.RecordId!, [ReasonCodes.InvalidRecord]));
            return new PairOutput
            {
                Call = Year,
                Model = result.ModelVersion,
                Eligibility = Eligibility == EligibilityMode.None ? "none" : "call",
                Pairs = result.Pairs.Select(p => new PairLine(p.ApplicantId, p.MentorId, p.Field.DisplayName(), p.Score, p.Similarity,
                    p.Explanation, p.Alternatives)).ToList(),
                Unmatched = result.Unmatched.Select(u => new UnmatchedLine(u.ApplicantId, u.Reasons)).Concat(invalidApplicants).ToList(),
                RejectedMentors = result.RejectedMentors.Select(m => new RejectedMentorLine(m.MentorId, m.Reasons))
                    .Concat(invalidMentors.DistinctBy(m => m.MentorId)).ToList(),
                Fields = result.Fields,
                InvalidRecords = applicants.Rejected.Select(r => new InvalidRecordLine(Applicants.Name, r.Row, r.RecordId, r.Errors))
                    .Concat(mentors.Rejected.Select(r => new InvalidRecordLine(Mentors.Name, r.Row, r.RecordId, r.Errors))).ToList(),
            };
        }

        private static async Task<ParsedBatch<T>> ReadAsync<T>(
            FileInfo file, Func<Stream, ImportFormat, string, CancellationToken, Task<ParsedBatch<T>>> read, CancellationToken cancellationToken)
        {
            var format = ImportFormats.FromFileName(file.FullName)
                ?? throw new UnreadableInputException(file.Name, null, null, new Matchmaking.Core.Outcomes.Phrase("input_file_extension"));
            await using var stream = file.OpenRead();
            return await read(stream, format, file.Name, cancellationToken);
        }
    }
}
