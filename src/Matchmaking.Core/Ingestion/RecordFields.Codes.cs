using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Ingestion;

/// <summary>Fields whose values come from a fixed list: countries, languages, creative fields, support forms.</summary>
internal sealed partial class RecordFields
{
    private static readonly string FieldNames = string.Join(", ", CreativeFields.All.Select(field => field.DisplayName()));
    private static readonly string SupportFormCodes =
        string.Join(", ", Enum.GetValues<SupportForm>().Select(form => form.Code()));

    /// <summary>ISO 3166-1 alpha-2, returned upper case.</summary>
    public string CountryCode(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return "";
        }

        var code = text.ToUpperInvariant();
        if (IsoCountryCodes.Contains(code))
        {
            return code;
        }

        Fail(field, new Phrase("field_not_a_country_code", text));
        return "";
    }

    public CreativeField Field(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return default;
        }

        if (CreativeFields.TryParse(text, out var parsed))
        {
            return parsed.Value;
        }

        Fail(field, new Phrase("field_not_a_creative_field", text, FieldNames));
        return default;
    }

    /// <summary>At least one ISO 639-1 code, returned lower case, without repeats, in the order given.</summary>
    public IReadOnlyList<string> Languages(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return [];
        }

        // A language tag with a region or script ("en-GB", "pt_BR") means its ISO 639-1 language.
        var items = ListItems(text).Select(PrimaryLanguage).ToList();
        var unknown = items.Where(item => !IsoLanguageCodes.Contains(item.ToLowerInvariant())).ToList();
        if (items.Count == 0)
        {
            Fail(field, new Phrase("field_no_language"));
        }
        else if (unknown.Count > 0)
        {
            Fail(field, unknown.Count == 1
                ? new Phrase("field_not_a_language_code", Quoted(unknown))
                : new Phrase("field_not_language_codes", Quoted(unknown)));
        }

        return [.. items.Select(item => item.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    private static string PrimaryLanguage(string item)
    {
        var cut = item.IndexOfAny(['-', '_']);
        return cut == 2 && IsoLanguageCodes.Contains(item[..2].ToLowerInvariant()) ? item[..2] : item;
    }

    /// <summary>Optional; without repeats, in the order given.</summary>
    public IReadOnlyList<SupportForm> SupportFormList(string field)
    {
        var text = Peek(field);
        if (text is null)
        {
            return [];
        }

        var forms = new List<SupportForm>();
        var unknown = new List<string>();
        foreach (var item in ListItems(text))
        {
            if (SupportForms.TryParse(item, out var form))
            {
                if (!forms.Contains(form.Value))
                {
                    forms.Add(form.Value);
                }
            }
            else
            {
                unknown.Add(item);
            }
        }

        if (unknown.Count > 0)
        {
            Fail(field, unknown.Count == 1
                ? new Phrase("field_not_a_support_form", Quoted(unknown), SupportFormCodes)
                : new Phrase("field_not_support_forms", Quoted(unknown), SupportFormCodes));
        }

        return forms;
    }
}
