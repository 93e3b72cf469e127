namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>
/// What a dropped file is, from its name alone. The rule: the name starts with <c>applicants</c> or <c>mentors</c> (any case),
/// followed directly by the extension or by <c>-</c>, <c>_</c> or <c>.</c>, and ends in <c>.csv</c> or <c>.json</c>:
/// <c>applicants.csv</c>, <c>applicants-2027-03-01.json</c>, <c>Mentors_batch2.CSV</c>. Anything else is left where it is,
/// which is also how a sender keeps a file out until it is complete: write it under another name
/// (<c>applicants-x.csv.part</c>) and rename it when done.
/// </summary>
internal sealed record InboxFileName(string Kind, ImportFormat Format)
{
    private static readonly string[] Kinds = ["applicants", "mentors"];

    public static InboxFileName? Classify(string fileName)
    {
        if (ImportFormats.FromFileName(fileName) is not { } format)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        foreach (var kind in Kinds)
        {
            if (stem.StartsWith(kind, StringComparison.OrdinalIgnoreCase)
                && (stem.Length == kind.Length || stem[kind.Length] is '-' or '_' or '.'))
            {
                return new InboxFileName(kind, format);
            }
        }

        return null;
    }
}
