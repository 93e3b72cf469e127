using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Rules;

/// <summary>Shape checks shared by applicants and offers: the engine receives typed records, but their values may still be bad.</summary>
internal static class RecordChecks
{
    public static bool IsText(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>ISO 3166-1 alpha-2: two ASCII letters (either case; the engine compares upper case).</summary>
    public static bool IsCountryCode(string? code) => code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]);

    /// <summary>ISO 639-1: two ASCII letters.</summary>
    public static bool IsLanguageCode(string? code) => code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]);

    public static bool AreLanguages(IReadOnlyList<string>? languages) =>
        languages is { Count: > 0 } && languages.All(IsLanguageCode);

    public static bool IsField(CreativeField field) => Enum.IsDefined(field);

    public static string Country(string code) => code.ToUpperInvariant();

    public static IEnumerable<string> LanguageSet(IReadOnlyList<string> languages) =>
        languages.Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal);
}
