using Matchmaking.Core.Notifications;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Localization;

/// <summary>A creative field's name in the page's language: UNESCO's French name on French pages.</summary>
public static class FieldNames
{
    /// <summary>A field stored by its English name ("Crafts and Folk Art"); text that is not a field stays as written.</summary>
    public static string Of(string field) => CreativeFields.TryParse(field, out var parsed) ? Of(parsed.Value) : field;

    public static string Of(CreativeField field) => PageLanguages.Current == MailLanguage.French ? FrenchWords.Field(field) : field.DisplayName();
}
