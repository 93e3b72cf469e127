using System.Globalization;
using System.Resources;
using System.Text.Json;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Outcomes;

/// <summary>
/// A <see cref="Phrase"/> in English for the readers that have no page and no request language: the CLI's output, the inbox's
/// error reports, logs and exception messages. The words are the Web project's English resources (linked into this assembly),
/// so both say the same thing; a person's page or API answer words a phrase in their own language instead (<c>T.Say</c>).
/// </summary>
public static class EnglishPhrases
{
    private static readonly ResourceManager Resources = new("Matchmaking.Core.Outcomes.EnglishPhrases", typeof(EnglishPhrases).Assembly);

    public static string InEnglish(this Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var format = Resources.GetString($"phrase: {phrase.Code}", CultureInfo.InvariantCulture);
        var args = phrase.Args.Select(Argument).ToArray();
        return format is null
            ? string.Join(' ', [phrase.Code.Replace('_', ' '), .. args])
            : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    private static object? Argument(object? argument) => argument switch
    {
        Phrase phrase => phrase.InEnglish(),
        CreativeField field => field.DisplayName(),
        DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        Enum code => JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString()).Replace('_', ' '),
        _ => argument,
    };
}
