using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// Reads the typed fields of one raw record and collects every problem instead of stopping at the first, so a rejected
/// record tells its sender everything to fix at once. Getters return a placeholder when the field is invalid; the caller
/// checks <see cref="HasErrors"/> before using the values.
/// </summary>
internal sealed partial class RecordFields
{
    private readonly RawRecord raw;
    private readonly List<FieldError> errors;
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    /// <summary>Checks the text of every field of <paramref name="layout"/> first: a refused value is not checked again.</summary>
    public RecordFields(RawRecord raw, RecordLayout layout)
    {
        this.raw = raw;
        errors = [.. raw.ShapeErrors];
        foreach (var error in raw.ShapeErrors)
        {
            refused.Add(error.Field);
        }

        foreach (var (field, limit) in layout.Limits)
        {
            if (!refused.Contains(field) && raw.Values.TryGetValue(field, out var value) && value is not null
                && TextHygiene.Check(value, limit.FreeText, limit.MaxLength) is { } problem)
            {
                Fail(field, problem);
                refused.Add(field);
            }
        }
    }

    public IReadOnlyList<FieldError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public void Fail(string field, Phrase cause) => errors.Add(new FieldError(field, cause));

    /// <summary>The trimmed value; null when absent, blank, or already rejected while reading the record.</summary>
    public string? Peek(string field)
    {
        if (refused.Contains(field) || !raw.Values.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Trim();
    }

    public string RequiredText(string field) => Required(field) ?? "";

    public string OptionalText(string field) => Peek(field) ?? "";

    /// <summary>An optional e-mail address (name@example.org); null when the field is empty.</summary>
    public string? OptionalEmail(string field)
    {
        var text = Peek(field)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!EmailAddresses.IsValid(text))
        {
            Fail(field, new Phrase("field_not_an_email", text));
            return null;
        }

        return text;
    }

    private string? Required(string field)
    {
        var text = Peek(field);
        if (text is null && !refused.Contains(field))
        {
            Fail(field, new Phrase("field_required"));
        }

        return text;
    }

    private static List<string> ListItems(string text) =>
        [.. text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The items as the sender wrote them, each in quotes: data, not words, so the same in every language.</summary>
    private static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(item => $"'{item}'"));
}
