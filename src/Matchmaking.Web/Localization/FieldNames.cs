using Matchmaking.Core.Notifications;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Localization;

/// <summary>A creative field's name in the page's language: UNESCO's French name on French pages.</summary>
public static class FieldNames
{
    public static string Of(CreativeField field) => PageLanguages.Current == MailLanguage.French ? FrenchWords.Field(field) : field.DisplayName();
}
