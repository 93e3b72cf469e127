using System.Text.RegularExpressions;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Proposals;

namespace Matchmaking.Tests.Notifications;

/// <summary>The French of the mail, with French grammar: elision, typography, counts, dates and decimal commas. Pure: no host.</summary>
public sealed partial class FrenchMailTextsTests
{
    private static readonly DateTimeOffset PartnershipDeadline = new(2028, 4, 9, 21, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ApplicationDeadline = new(2028, 6, 30, 22, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Essaouira", "d'Essaouira")]
    [InlineData("Oran", "d'Oran")]
    [InlineData("Ísafjörður", "d'Ísafjörður")]
    [InlineData("Bologna", "de Bologna")]
    [InlineData("Hanoi", "de Hanoi")]
    [InlineData("Zahlé", "de Zahlé")]
    public void DeIsElidedBeforeAVowelAndTheCityStaysAsWritten(string city, string expected) =>
        Assert.Equal(expected, FrenchWords.De(city));

    [Fact]
    public void ADateReadsAsFrenchWritesItInParisTime()
    {
        Assert.Equal("9 avril 2028 à 23\u00a0h\u00a059 (heure de Paris)", FrenchWords.Date(PartnershipDeadline));
        Assert.Equal("1er juillet 2028 à 0\u00a0h\u00a000 (heure de Paris)", FrenchWords.Date(ApplicationDeadline));
    }

    [Fact]
    public void CountsTakeTheSingularForNoneAndOneAndNumbersADecimalComma()
    {
        Assert.Equal("0 ville candidate", FrenchWords.Count(0, "ville candidate", "villes candidates"));
        Assert.Equal("1 ville candidate", FrenchWords.Count(1, "ville candidate", "villes candidates"));
        Assert.Equal("2 villes candidates", FrenchWords.Count(2, "ville candidate", "villes candidates"));
        Assert.Equal("0,443", FrenchWords.Number(0.443));
    }

    [Fact]
    public void TheMentorCityIsAskedInFrenchWithTheDeadlineAsFrenchWritesIt()
    {
        var mail = FollowUpTexts.AskMentor("k", Pair(reoffer: false));

        Assert.Equal("Merci de confirmer\u00a0: accompagner Essaouira (Musique)", mail.FrenchSubject);
        Assert.Equal("La coordination du domaine Musique a approuvé votre jumelage avec la ville candidate Essaouira. "
            + "Merci d'accepter ou de refuser ce jumelage\u00a0; le partenariat doit être établi avant le 9 avril 2028 à 23\u00a0h\u00a059 (heure de Paris).",
            mail.FrenchBody);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryFrenchNoticeOfAPairPutsANoBreakSpaceBeforeTwoPartPunctuationAndWritesNoEnglishPlural(bool reoffer)
    {
        var pair = Pair(reoffer);
        OutboxMessage[] mails =
        [
            FollowUpTexts.AskMentor("k", pair), FollowUpTexts.TellApplicant("k", pair), FollowUpTexts.MentorReminder("k", pair),
            FollowUpTexts.PartnershipReminder("k", pair), .. FollowUpTexts.ApplicationReminder("k", pair), FollowUpTexts.OfferExpired("k", pair),
            .. FollowUpTexts.Established("k", pair),
        ];

        foreach (var text in mails.SelectMany(m => new[] { m.FrenchSubject!, m.FrenchBody! }))
        {
            Assert.DoesNotMatch(PunctuationWithoutNoBreakSpace(), text);
            Assert.DoesNotMatch(UnelidedDe(), text);
            Assert.DoesNotContain("(s)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Music)", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheDeclineAndWithdrawalNoticesInFrenchPutANoBreakSpaceBeforeTwoPartPunctuationAndInsideGuillemets(bool reofferAtOnce)
    {
        OutboxMessage[] mails =
        [
            .. DeclineNotices.Texts("k", "Essaouira", "Oran", "Music", "  Trop de demandes cette année  ", reofferAtOnce),
            .. UndoNotices.Texts("k", "Essaouira", "Oran", "Music"),
        ];

        foreach (var text in mails.SelectMany(m => new[] { m.FrenchSubject!, m.FrenchBody! }))
        {
            Assert.DoesNotMatch(PunctuationWithoutNoBreakSpace(), text);
            Assert.DoesNotMatch(UnelidedDe(), text);
            Assert.DoesNotContain("Music", text, StringComparison.Ordinal);
        }

        Assert.Equal("Refus\u00a0: Oran n'accompagnera pas Essaouira", mails[0].FrenchSubject);
        Assert.Contains("Sa note\u00a0: «\u00a0Trop de demandes cette année\u00a0».", mails[0].FrenchBody, StringComparison.Ordinal);
        Assert.Equal("Retirée\u00a0: la demande de jumelage avec Essaouira", mails[2].FrenchSubject);
    }

    private static FollowUpTask Pair(bool reoffer) => new()
    {
        CallYear = 2028, CreativeField = "Music", ApplicantId = "app-essaouira", ApplicantCity = "Essaouira", MentorId = "men-bologna",
        MentorCity = "Bologna", PartnershipDeadline = PartnershipDeadline, ApplicationDeadline = ApplicationDeadline,
        DecidedBy = reoffer ? "system:re-offer" : "coordinator:music",
    };

    [GeneratedRegex("(?<!\u00a0)[:;?!]")]
    private static partial Regex PunctuationWithoutNoBreakSpace();

    [GeneratedRegex(@"\b(de|que) [AEIOUÉÈÊÎÏÔaeiouéèêîïô]")]
    private static partial Regex UnelidedDe();
}
