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

        Fail(field, $"'{text}' is not an ISO 3166-1 alpha-2 country code; write two letters such as KE or MA");
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

        Fail(field, $"'{text}' is not a creative field; write one of {FieldNames}");
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
            Fail(field, "lists no language; write ISO 639-1 codes separated by ';', such as en;fr");
        }
        else if (unknown.Count > 0)
        {
            var verb = unknown.Count == 1 ? "is not an ISO 639-1 code" : "are not ISO 639-1 codes";
            Fail(field, $"{Quoted(unknown)} {verb}; write two-letter codes such as en, fr, ar, pt, sw");
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
            var verb = unknown.Count == 1 ? "is not a support form" : "are not support forms";
            Fail(field, $"{Quoted(unknown)} {verb}; write {SupportFormCodes} separated by ';'");
        }

        return forms;
    }
}
