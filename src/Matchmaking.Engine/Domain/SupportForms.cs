using System.Diagnostics.CodeAnalysis;

namespace Matchmaking.Engine.Domain;

public static class SupportForms
{
    public static string Code(this SupportForm form) => form switch
    {
        SupportForm.TechnicalAssistance => "technical_assistance",
        SupportForm.FieldVisit => "field_visit",
        SupportForm.Cooperation => "cooperation",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown support form."),
    };

    public static bool TryParse(string? text, [NotNullWhen(true)] out SupportForm? form)
    {
        form = null;
        var key = text?.Trim().Replace('-', '_').Replace(' ', '_').ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<SupportForm>())
        {
            if (string.Equals(candidate.Code(), key, StringComparison.Ordinal))
            {
                form = candidate;
                return true;
            }
        }

        return false;
    }
}
