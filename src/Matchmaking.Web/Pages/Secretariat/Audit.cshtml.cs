using System.Globalization;
using System.Text.Json;
using Matchmaking.Core.Audit;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The audit log, filtered by who, what and when (days in Paris time), each change's details in the reader's words.</summary>
public sealed class AuditModel(AuditTrail audit, IStringLocalizer<Texts> texts) : AppPage
{
    public string? ActorFilter { get; private set; }
    public string? WhatFilter { get; private set; }
    public string? FromFilter { get; private set; }
    public string? UntilFilter { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The CSV of what the page shows: the same four filters.</summary>
    public string CsvLink => QueryString.Create(new Dictionary<string, string?>
    {
        ["actor"] = ActorFilter, ["what"] = WhatFilter, ["from"] = FromFilter, ["until"] = UntilFilter,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))) is var query ? "/api/audit.csv" + query : "";

    public async Task OnGetAsync(string? actor, string? what, string? from, string? until, CancellationToken cancellationToken)
    {
        (ActorFilter, WhatFilter, FromFilter, UntilFilter) = (actor, what, from, until);
        var problems = new List<string>();
        var start = Day(from, texts["From (day)"], problems);
        var end = Day(until, texts["Until (day)"], problems);
        Problems = problems;
        Entries = await audit.ListAsync(300, AuditDays.Filter(actor, what, start, end), cancellationToken);
    }

    /// <summary>An action or what it was done on, in words (<c>set_dates</c> reads "set dates", « dates modifiées » in French).</summary>
    public string Word(string code) => Known($"code: {code}") ?? code.Replace('_', ' ');

    /// <summary>A change's details as "key: value" lines, nested objects flattened ("before, interest deadline: …").</summary>
    public IReadOnlyList<string> InWords(string details)
    {
        var lines = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(details);
            Flatten(document.RootElement, "", lines);
        }
        catch (JsonException)
        {
            lines.Add(details);
        }

        return lines;
    }

    private void Flatten(JsonElement element, string prefix, List<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // Keys have their own entries ("audit: from"): as codes they would clash with reasons such as "code: field".
                    var name = Known($"audit: {property.Name}") ?? property.Name.Replace('_', ' ');
                    Flatten(property.Value, prefix.Length == 0 ? name : $"{prefix}, {name}", lines);
                }

                break;
            case JsonValueKind.Array:
                lines.Add(Typography.Colon(prefix, string.Join(", ", element.EnumerateArray().Select(Scalar))));
                break;
            case JsonValueKind.Null:
                break;
            default:
                lines.Add(Typography.Colon(prefix, Scalar(element)));
                break;
        }
    }

    private string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                                  && value.GetString()!.Contains('T', StringComparison.Ordinal) => Phrases.ParisTime(at),
        // A state or a role reads in words when it is one (from: dead_lettered); names, ids and notes stay as written.
        JsonValueKind.String => Known($"code: {value.GetString()}") ?? value.GetString()!,
        JsonValueKind.True => texts.Code("yes"),
        JsonValueKind.False => texts.Code("no"),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n.ToString(CultureInfo.CurrentCulture) : Phrases.Score(value.GetDouble(), "0.###"),
        _ => value.GetRawText(),
    };

    private string? Known(string key) => texts[key] is { ResourceNotFound: false } found ? found.Value : null;

    /// <summary>A day as typed (yyyy-MM-dd); a day that is not one is named in <see cref="Problems"/> and left out.</summary>
    private DateOnly? Day(string? text, string label, List<string> problems)
    {
        if (AuditDays.TryRead(text, out var day))
        {
            return day;
        }

        problems.Add(texts["{0}: '{1}' is not a day such as 2027-04-09; that filter is left out.", label, text!]);
        return null;
    }
}
