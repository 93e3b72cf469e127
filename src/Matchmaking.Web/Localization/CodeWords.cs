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

    /// <summary>
    /// A count and a code that agrees with it: "4 proposed", "4 proposés", "1 proposé" (French takes the singular for 0 and 1). The
    /// French plural is under "codes: …"; a code without one keeps its singular.
    /// </summary>
    public static string Counted(this IStringLocalizer<Texts> texts, long count, string code)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var singular = Core.Notifications.PluralRule.TakesSingular(count, PageLanguages.Current);
        var plural = singular ? null : texts[$"codes: {code}"];
        var words = plural is { ResourceNotFound: false } ? plural.Value : texts.Code(code);
        return $"{count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)} {words}";
    }
}
