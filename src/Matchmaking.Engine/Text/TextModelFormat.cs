using System.Globalization;
using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>
/// The artifact: UTF-8 text, diff-friendly. A header of key=value lines, a blank line, then one "term TAB df" per line.
/// IDF weights are recomputed on load, so the file holds only what the corpus determined.
/// </summary>
internal static class TextModelFormat
{
    public const string ModelFamily = "tfidf-ngram-1";
    private const string Magic = "# matchmaking text model";
    private const int FormatVersion = 1;

    public static string DescribeOptions(TextModelOptions o) => string.Join(';',
        Invariant($"charNgramMin={o.CharNgramMin}"), Invariant($"charNgramMax={o.CharNgramMax}"),
        Invariant($"wordBigrams={o.WordBigrams}"), Invariant($"wordWeight={o.WordWeight:R}"),
        Invariant($"bigramWeight={o.BigramWeight:R}"), Invariant($"charWeight={o.CharWeight:R}"),
        Invariant($"profileWeight={o.ProfileWeight:R}"), Invariant($"minDocumentFrequency={o.MinDocumentFrequency}"),
        Invariant($"sublinearTf={o.SublinearTf}"));

    public static void Write(TextModel model, Stream stream)
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
        writer.WriteLine();
        var vocabulary = model.Vocabulary;
        for (var i = 0; i < vocabulary.Terms.Length; i++)
        {
            writer.Write(vocabulary.Terms[i]);
            writer.Write('\t');
            writer.WriteLine(vocabulary.DocumentFrequencies[i].ToString(CultureInfo.InvariantCulture));
        }
    }

    public static TextModel Read(Stream stream)
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

        if (Int(header, "format") != FormatVersion)
        {
            throw new InvalidDataException($"Unsupported model format {header["format"]}.");
        }

        var options = new TextModelOptions
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

        return new TextModel(header["version"], options, new Vocabulary(Int(header, "documents"), terms, df));
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
