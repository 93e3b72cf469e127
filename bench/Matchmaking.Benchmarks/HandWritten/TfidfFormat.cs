using System.Globalization;
using System.Text;

using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// The artifact: UTF-8 text, diff-friendly. A header of key=value lines, a blank line, one "term TAB df" per line, then
/// (format 2) one "concept TAB english forms TAB french forms" per thesaurus concept. IDF weights are recomputed on load, so
/// the file holds only what the corpus and the thesaurus determined. Format 1 (no thesaurus) still loads.
/// </summary>
internal static class TfidfFormat
{
    public const string ModelFamily = "tfidf-ngram-1";
    public const string ConceptModelFamily = "tfidf-concept-2";
    private const string Magic = "# matchmaking text model";
    private const int FormatVersion = 2;

    /// <summary>The parameters as header lines; conceptWeight only when concepts are on, so older versions hash as they did.</summary>
    public static string DescribeOptions(TfidfOptions o)
    {
        var description = string.Join(';',
            Invariant($"charNgramMin={o.CharNgramMin}"), Invariant($"charNgramMax={o.CharNgramMax}"),
            Invariant($"wordBigrams={o.WordBigrams}"), Invariant($"wordWeight={o.WordWeight:R}"),
            Invariant($"bigramWeight={o.BigramWeight:R}"), Invariant($"charWeight={o.CharWeight:R}"),
            Invariant($"profileWeight={o.ProfileWeight:R}"), Invariant($"minDocumentFrequency={o.MinDocumentFrequency}"),
            Invariant($"sublinearTf={o.SublinearTf}"));
        return o.ConceptWeight > 0 ? description + Invariant($";conceptWeight={o.ConceptWeight:R}") : description;
    }

    public static void Write(TfidfModel model, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Magic);
        writer.WriteLine(Invariant($"format={FormatVersion}"));
        writer.WriteLine($"version={model.Version}");
        writer.WriteLine(Invariant($"documents={model.DocumentCount}"));
        foreach (var option in DescribeOptions(model.Options).Split(';'))
        {
            writer.WriteLine(option);
        }

        writer.WriteLine(Invariant($"terms={model.VocabularySize}"));
        writer.WriteLine(Invariant($"concepts={model.ConceptCount}"));
        writer.WriteLine();
        var vocabulary = model.Vocabulary;
        for (var i = 0; i < vocabulary.Terms.Length; i++)
        {
            writer.Write(vocabulary.Terms[i]);
            writer.Write('\t');
            writer.WriteLine(vocabulary.DocumentFrequencies[i].ToString(CultureInfo.InvariantCulture));
        }

        model.Thesaurus?.Write(writer);
    }

    public static TfidfModel Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        if (!string.Equals(reader.ReadLine(), Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a matchmaking text model.");
        }

        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        while (!string.IsNullOrEmpty(line = reader.ReadLine()))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidDataException($"Malformed header line '{line}'.");
            }

            header[line[..equals]] = line[(equals + 1)..];
        }

        var format = Int(header, "format");
        if (format is < 1 or > FormatVersion)
        {
            throw new InvalidDataException($"Unsupported model format {header["format"]}.");
        }

        var options = new TfidfOptions
        {
            CharNgramMin = Int(header, "charNgramMin"),
            CharNgramMax = Int(header, "charNgramMax"),
            WordBigrams = bool.Parse(header["wordBigrams"]),
            WordWeight = Double(header, "wordWeight"),
            BigramWeight = Double(header, "bigramWeight"),
            CharWeight = Double(header, "charWeight"),
            ProfileWeight = Double(header, "profileWeight"),
            MinDocumentFrequency = Int(header, "minDocumentFrequency"),
            SublinearTf = bool.Parse(header["sublinearTf"]),
            ConceptWeight = header.TryGetValue("conceptWeight", out _) ? Double(header, "conceptWeight") : 0,
        };
        var count = Int(header, "terms");
        var terms = new string[count];
        var df = new int[count];
        for (var i = 0; i < count; i++)
        {
            line = reader.ReadLine() ?? throw new InvalidDataException("The model file ends early.");
            var tab = line.LastIndexOf('\t');
            terms[i] = line[..tab];
            df[i] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        var concepts = new Concept[format >= 2 ? Int(header, "concepts") : 0];
        for (var i = 0; i < concepts.Length; i++)
        {
            concepts[i] = ConceptThesaurus.ReadLine(reader.ReadLine() ?? throw new InvalidDataException("The model file ends early."));
        }

        var thesaurus = concepts.Length > 0 ? new ConceptThesaurus(concepts) : null;
        if (options.ConceptWeight > 0 && thesaurus is null)
        {
            throw new InvalidDataException("The model weighs concepts but carries no thesaurus.");
        }

        return new TfidfModel(header["version"], options, new Vocabulary(Int(header, "documents"), terms, df), thesaurus);
    }

    private static int Int(Dictionary<string, string> header, string key) =>
        header.TryGetValue(key, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"The model header lacks '{key}'.");

    private static double Double(Dictionary<string, string> header, string key) =>
        header.TryGetValue(key, out var value)
            ? double.Parse(value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"The model header lacks '{key}'.");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
