using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// The input as a whole cannot be read (broken quoting, missing header columns, invalid JSON, not UTF-8, empty),
/// as opposed to single bad records, which become <see cref="RejectedRecord"/>s.
/// </summary>
public sealed class UnreadableInputException : Exception
{
    public UnreadableInputException(string source, int? line, int? column, Phrase reason, Exception? innerException = null)
        : base(Describe(source, line, column, reason?.InEnglish() ?? ""), innerException)
    {
        SourceName = source;
        Line = line;
        Column = column;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The name the caller gave the input.</summary>
    public string SourceName { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the problem (characters for CSV, bytes for JSON), when known.</summary>
    public int? Column { get; }

    /// <summary>Why the input cannot be read, without the position: words for the reader's language (the message is English).</summary>
    public Phrase Reason { get; }

    private static string Describe(string source, int? line, int? column, string reason) => (line, column) switch
    {
        ({ } l, { } c) => $"{source}, line {l}, column {c}: {reason}",
        ({ } l, null) => $"{source}, line {l}: {reason}",
        _ => $"{source}: {reason}",
    };
}
