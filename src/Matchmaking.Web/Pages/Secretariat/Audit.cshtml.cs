using System.Globalization;
using System.Text.Json;
using Matchmaking.Core.Audit;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The audit log, filtered by who, what and when (days in Paris time), each change's details in words.</summary>
public sealed class AuditModel(AuditTrail audit) : AppPage
{
    public string? ActorFilter { get; private set; }
    public string? WhatFilter { get; private set; }
    public string? FromFilter { get; private set; }
    public string? UntilFilter { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? actor, string? what, string? from, string? until, CancellationToken cancellationToken)
    {
        (ActorFilter, WhatFilter, FromFilter, UntilFilter) = (actor, what, from, until);
        var start = Day(from, "From");
        var end = Day(until, "Until");
        Entries = await audit.ListAsync(300, new AuditFilter(actor, what, start, end?.AddDays(1)), cancellationToken);
    }

    /// <summary>A change's details as "key: value" lines, nested objects flattened ("before, interest deadline: …").</summary>
    public static IReadOnlyList<string> InWords(string details)
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

    private static void Flatten(JsonElement element, string prefix, List<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name.Replace('_', ' ');
                    Flatten(property.Value, prefix.Length == 0 ? name : $"{prefix}, {name}", lines);
                }

                break;
            case JsonValueKind.Array:
                lines.Add($"{prefix}: {string.Join(", ", element.EnumerateArray().Select(Scalar))}");
                break;
            case JsonValueKind.Null:
                break;
            default:
                lines.Add($"{prefix}: {Scalar(element)}");
                break;
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                                  && value.GetString()!.Contains('T', StringComparison.Ordinal) => ProposalDisplay.When(at) + " (Paris)",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };

    /// <summary>A day as typed (yyyy-MM-dd), from its start in Paris; a day that is not one is named in <see cref="Problem"/>.</summary>
    private DateTimeOffset? Day(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Problem = $"{label}: '{text}' is not a day such as 2027-04-09; that filter is left out.";
            return null;
        }

        return CallSchedule.InParis(CallSchedule.ParisTimeZone(), day);
    }
}
