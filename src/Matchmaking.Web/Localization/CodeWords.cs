using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// Codes shown as words (statuses, rules, reasons: "not_a_member_in_field" reads "not a member in field"), translated under
/// the key "code: …" so that they never collide with a phrase that differs only in case (resource names ignore case).
/// </summary>
public static class CodeWords
{
    public static string Code(this IStringLocalizer<Texts> texts, string code)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var translated = texts[$"code: {code}"];
        return translated.ResourceNotFound ? code.Replace('_', ' ') : translated.Value;
    }
}
