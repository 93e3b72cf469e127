using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Tests.Ingestion;

/// <summary>
/// Whatever arrives, the readers answer with accepted records and rejections with reasons, or say the input as a whole
/// cannot be read: never another exception, never a value PostgreSQL would refuse.
/// </summary>
public sealed class ReaderPropertyTests
{
    /// <summary>Pieces that break readers: separators, quotes, line breaks, control characters, broken UTF-16, good values.</summary>
    private static readonly string[] Pieces =
    [
        ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "\0", "\u001B", "\u007F", "\u0085", "\uD800", "\uDC00", "😀", "é", "[", "]",
        "{", "}", ":", "null", "true", "1", "-1", "3", "99999999999999999999", "x", " ", "Music", "music", "GH", "DZ", "en", "fr;ar",
        "2027-03-10T10:00:00+00:00", "yesterday", "app-1", "Kumasi", "=HYPERLINK(\"x\")", "\uFEFF", "technical_assistance",
    ];

    private static readonly Gen<string> Text = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p));

    /// <summary>A header (the real one, or damaged), then lines of random pieces.</summary>
    private static readonly Gen<string> CsvLike =
        from header in Gen.OneOf(Gen.Constant(Input.ApplicantHeader), Gen.Constant(Input.MentorHeader), Text)
        from lines in Text.ArrayOf()
        select header + "\n" + string.Join('\n', lines);

    /// <summary>A JSON array of objects whose values are random pieces, strings, numbers, arrays or nothing.</summary>
    private static readonly Gen<string> JsonLike =
        from records in (from fields in Gen.Elements("id", "city", "country_code", "creative_field", "languages", "submitted_at", "needs",
                                 "capacity", "expertise", "x\u0000", "").ArrayOf()
                         from values in Gen.OneOf(
                             Text.Select(t => System.Text.Json.JsonSerializer.Serialize(t)), Text, Gen.Constant("[\"en\"]"), Gen.Constant("42"))
                             .ArrayOf()
                         select "{" + string.Join(",", fields.Zip(values, (f, v) => $"\"{f}\":{v}")) + "}").ArrayOf()
        from tail in Gen.OneOf(Gen.Constant("]"), Gen.Constant(""), Text)
        select "[" + string.Join(",", records) + tail;

    [Property(MaxTest = 300)]
    public Property AnyBytesGiveRecordsOrRejectionsOrAnUnreadableInput() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsCleanly(bytes));

    [Property(MaxTest = 300)]
    public Property AnyCsvLikeTextGivesRecordsOrRejectionsOrAnUnreadableInput() =>
        Prop.ForAll(CsvLike.ToArbitrary(), text => ReadsCleanly(Encoding.UTF8.GetBytes(text)));

    [Property(MaxTest = 300)]
    public Property AnyJsonLikeTextGivesRecordsOrRejectionsOrAnUnreadableInput() =>
        Prop.ForAll(JsonLike.ToArbitrary(), text => ReadsCleanly(Encoding.UTF8.GetBytes(text)));

    [Property(MaxTest = 500)]
    public Property AVisibleValueIsAlwaysAcceptableText() =>
        Prop.ForAll(Gen.OneOf(Text, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)).ToArbitrary(),
            value => TextHygiene.Problem(TextHygiene.Visible(value), freeText: true, int.MaxValue) is null);

    private static bool ReadsCleanly(byte[] bytes)
    {
        foreach (var format in new[] { ImportFormat.Csv, ImportFormat.Json })
        {
            Check(ProfileReader.ReadApplicantsAsync, bytes, format, a => [a.Id, a.City, a.Needs, a.Profile]);
            Check(ProfileReader.ReadMentorsAsync, bytes, format, m => [m.Id, m.City, m.Expertise]);
        }

        return true;
    }

    private static void Check<T>(
        Func<Stream, ImportFormat, string, CancellationToken, Task<ParsedBatch<T>>> read, byte[] bytes, ImportFormat format,
        Func<T, string[]> texts)
    {
        ParsedBatch<T> batch;
        try
        {
            batch = read(new MemoryStream(bytes), format, "input", CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (UnreadableInputException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }

        foreach (var accepted in batch.Accepted)
        {
            Assert.All(texts(accepted.Record), t => Assert.Null(TextHygiene.Problem(t, freeText: true, int.MaxValue)));
        }

        foreach (var rejected in batch.Rejected)
        {
            Assert.NotEmpty(rejected.Errors);
            Assert.All(rejected.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Cause.InEnglish())));
            // What is stored of a rejected record is text PostgreSQL takes: no NUL, no broken characters.
            var stored = rejected.Raw.SelectMany(kv => new[] { kv.Key, kv.Value ?? "" })
                .Concat(rejected.Errors.SelectMany(e => new[] { e.Field, e.Cause.InEnglish() })).Append(rejected.RecordId ?? "");
            Assert.All(stored, s => Assert.Null(TextHygiene.Problem(s, freeText: true, int.MaxValue)));
        }
    }
}
