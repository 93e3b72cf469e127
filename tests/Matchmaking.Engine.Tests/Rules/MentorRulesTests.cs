using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Rules;

public class MentorRulesTests
{
    private static string? RejectionOf(MentorOffer offer, params MemberCity[] members)
    {
        var request = Build.Request([Build.Applicant("a1")], [offer]) with { Members = members };
        var result = PairingEngine.Run(request, TextModel.Default);
        return result.RejectedMentors.SingleOrDefault(r => r.MentorId == offer.Id)?.Reasons.Single();
    }

    private static MemberCity Member(string city, string country = "FR", CreativeField field = CreativeField.Music, int? year = 2010) =>
        new() { City = city, Country = "France", CountryCode = country, Field = field, YearDesignated = year };

    [Fact]
    public void MemberOfferIsAdmissible() => Assert.Null(RejectionOf(Build.Mentor("m1") with { City = "Lyon" }, Member("Lyon")));

    [Fact]
    public void OfferWithCapacityBelowOneIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, RejectionOf(Build.Mentor("m1", capacity: 0) with { City = "Lyon" }, Member("Lyon")));

    [Fact]
    public void OfferWithoutLanguagesIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, RejectionOf(Build.Mentor("m1") with { City = "Lyon", Languages = [] }, Member("Lyon")));

    [Fact]
    public void CityIsMatchedIgnoringCaseDiacriticsPunctuationAndSpacing() =>
        Assert.Null(RejectionOf(Build.Mentor("m1") with { City = "saint etienne" }, Member("Saint-Étienne")));

    [Fact]
    public void SameCityNameInAnotherCountryIsNotAMember() =>
        Assert.Equal(ReasonCodes.NotAMemberInField, RejectionOf(Build.Mentor("m1") with { City = "Lyon" }, Member("Lyon", country: "BE")));

    [Fact]
    public void MemberOfAnotherFieldIsNotAMemberInField() =>
        Assert.Equal(ReasonCodes.NotAMemberInField,
            RejectionOf(Build.Mentor("m1") with { City = "Lyon" }, Member("Lyon", field: CreativeField.Gastronomy)));

    [Fact]
    public void CityDesignatedInTheCallYearIsNotYetAMember() =>
        Assert.Equal(ReasonCodes.NotAMemberInField, RejectionOf(Build.Mentor("m1") with { City = "Lyon" }, Member("Lyon", year: Build.Year)));

    [Fact]
    public void MemberWithUnknownYearCountsAsDesignatedBeforeTheCall() =>
        Assert.Null(RejectionOf(Build.Mentor("m1") with { City = "Lyon" }, Member("Lyon", year: null)));

    [Fact]
    public void InvalidRecordIsReportedBeforeMembership() =>
        Assert.Equal(ReasonCodes.InvalidRecord, RejectionOf(Build.Mentor("m1", capacity: 0) with { City = "Nowhere" }));

    [Fact]
    public void MembershipStillAppliesWithEligibilitySwitchedOff()
    {
        var request = Build.Request([Build.Applicant("a1")], [Build.Mentor("m1")], EligibilityMode.None) with { Members = [] };
        var result = PairingEngine.Run(request, TextModel.Default);
        Assert.Equal(ReasonCodes.NotAMemberInField, Assert.Single(result.RejectedMentors).Reasons.Single());
        Assert.Equal(ReasonCodes.NoMentorInField, Assert.Single(result.Unmatched).Reasons.Single());
    }
}
