namespace Matchmaking.Core.Notifications;

/// <summary>Which form a count takes in each of the call's languages: the one rule behind the pages' and the mail's plurals.</summary>
public static class PluralRule
{
    /// <summary>English takes the singular for 1 only; French for 0 and 1 ("0 ville candidate").</summary>
    public static bool TakesSingular(long count, string language) =>
        language == MailLanguage.French ? count is 0 or 1 : count == 1;
}
