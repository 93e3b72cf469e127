using Matchmaking.Engine.Domain;
using static Matchmaking.Tests.Ingestion.Input;

namespace Matchmaking.Tests.Ingestion;

public sealed class MentorReadingTests
{
    [Fact]
    public async Task WellFormedMentorOfferIsAcceptedWithItsSupportFormsAndMembershipYear()
    {
        var batch = await MentorsCsvAsync(
            MentorHeader,
            "m-1,Ouarzazate,ma,Film,fr;AR,1,\"Film commission, location scouting\","
            + "technical_assistance; field-visit;technical_assistance,2023");

        var offer = Assert.Single(batch.Accepted).Record;
        Assert.Equal("MA", offer.CountryCode);
        Assert.Equal(CreativeField.Film, offer.Field);
        Assert.Equal(["fr", "ar"], offer.Languages);
        Assert.Equal(1, offer.Capacity);
        Assert.Equal("Film commission, location scouting", offer.Expertise);
        Assert.Equal([SupportForm.TechnicalAssistance, SupportForm.FieldVisit], offer.SupportForms);
        Assert.Equal(2023, offer.MemberSince);
    }

    [Fact]
    public async Task SupportFormsAndMembershipYearMayBeLeftEmpty()
    {
        var batch = await MentorsCsvAsync(MentorHeader, "m-1,Buffalo City,ZA,Literature,en,1,Oral literature,,");

        var offer = Assert.Single(batch.Accepted).Record;
        Assert.Empty(offer.SupportForms);
        Assert.Null(offer.MemberSince);
    }

    [Theory]
    [InlineData("capacity", "m-1,Linz,AT,Media Arts,en,0,Ars Electronica,,", "'0' is not a positive whole number; write e.g. 2")]
    [InlineData("capacity", "m-1,Linz,AT,Media Arts,en,-1,Ars Electronica,,", "'-1' is not a positive whole number; write e.g. 2")]
    [InlineData("capacity", "m-1,Linz,AT,Media Arts,en,two,Ars Electronica,,", "'two' is not a positive whole number; write e.g. 2")]
    [InlineData("capacity", "m-1,Linz,AT,Media Arts,en,,Ars Electronica,,", "is required but missing or empty")]
    [InlineData("expertise", "m-1,Linz,AT,Media Arts,en,2,,,", "is required but missing or empty")]
    [InlineData(
        "support_forms",
        "m-1,Linz,AT,Media Arts,en,2,Ars Electronica,mentoring;cooperation,",
        "'mentoring' is not a support form; write technical_assistance, field_visit, cooperation separated by ';'")]
    [InlineData(
        "member_since",
        "m-1,Linz,AT,Media Arts,en,2,Ars Electronica,,14",
        "'14' is not a year; write four digits from 2004 on, such as 2025")]
    public async Task EachInvalidMentorFieldIsReportedWithItsNameAndCause(string field, string line, string cause)
    {
        var batch = await MentorsCsvAsync(MentorHeader, line);

        Assert.Empty(batch.Accepted);
        Assert.Equal(cause, CauseOf(batch, field));
    }

    [Fact]
    public async Task RejectedMentorKeepsItsIdAndRawValues()
    {
        var batch = await MentorsCsvAsync(MentorHeader, " m-9 ,Linz,AT,Media Arts,en,lots,Ars Electronica,,");

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal("m-9", rejected.RecordId);
        Assert.Equal("lots", rejected.Raw["capacity"]);
        Assert.Equal(" m-9 ", rejected.Raw["id"]);
    }
}
