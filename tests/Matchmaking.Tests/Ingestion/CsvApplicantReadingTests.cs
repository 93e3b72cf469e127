using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;
using static Matchmaking.Tests.Ingestion.Input;

namespace Matchmaking.Tests.Ingestion;

public sealed class CsvApplicantReadingTests
{
    [Fact]
    public async Task WellFormedApplicantIsAcceptedWithNormalizedValues()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            " app-1 , Kumasi ,gh,crafts and folk art, EN ; fr;en ,2027-03-10T10:00:00+00:00,"
            + " Kente export marketing ,Asante capital,2025;2023");

        Assert.Empty(batch.Rejected);
        Assert.Equal("applicants.csv", batch.Source);
        var accepted = Assert.Single(batch.Accepted);
        Assert.Equal(2, accepted.Row);
        var applicant = accepted.Record;
        Assert.Equal("app-1", applicant.Id);
        Assert.Equal("Kumasi", applicant.City);
        Assert.Equal("GH", applicant.CountryCode);
        Assert.Equal(CreativeField.CraftsAndFolkArt, applicant.Field);
        Assert.Equal(["en", "fr"], applicant.Languages);
        Assert.Equal(new DateTimeOffset(2027, 3, 10, 10, 0, 0, TimeSpan.Zero), applicant.SubmittedAt);
        Assert.Equal("Kente export marketing", applicant.Needs);
        Assert.Equal("Asante capital", applicant.Profile);
        Assert.Equal([2023, 2025], applicant.PreviousCalls);
    }

    [Fact]
    public async Task LanguageTagsWithARegionAndFieldsInFrenchAreUnderstood()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Musique,fr-DZ;ar_DZ;en,2027-03-12T09:30:00+01:00,Archives du raï,,");

        var applicant = Assert.Single(batch.Accepted).Record;
        Assert.Equal(CreativeField.Music, applicant.Field);
        Assert.Equal(["fr", "ar", "en"], applicant.Languages);
    }

    [Fact]
    public async Task OptionalColumnsMayBeLeftOutOfTheHeader()
    {
        var batch = await ApplicantsCsvAsync(
            "id,city,country_code,creative_field,languages,submitted_at,needs",
            "app-1,Oran,DZ,Music,fr;ar,2027-03-12T09:30:00+01:00,Archives du raï");

        var applicant = Assert.Single(batch.Accepted).Record;
        Assert.Equal("", applicant.Profile);
        Assert.Empty(applicant.PreviousCalls);
    }

    [Fact]
    public async Task ColumnsMayComeInAnyOrderWithAnyCaseAndUnknownColumnsAreIgnored()
    {
        var batch = await ApplicantsCsvAsync(
            "Needs,ID,notes,City,Country_Code,Creative_Field,Languages,Submitted_At",
            "Raï archives,app-1,call me back,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00");

        var applicant = Assert.Single(batch.Accepted).Record;
        Assert.Equal("app-1", applicant.Id);
        Assert.Equal("Raï archives", applicant.Needs);
    }

    [Fact]
    public async Task ByteOrderMarkAndWindowsLineEndingsAreAccepted()
    {
        var text = "\uFEFF" + ApplicantHeader + "\r\napp-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,\r\n";
        var batch = await ProfileReader.ReadApplicantsAsync(Utf8(text), ImportFormat.Csv, "bom.csv", CancellationToken.None);

        Assert.Equal("app-1", Assert.Single(batch.Accepted).Record.Id);
    }

    [Fact]
    public async Task QuotedNeedsKeepTheirCommasQuotesAndLineBreaks()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Lagos,NG,Film,en,2027-02-25T18:00:00+01:00,\"Strategy for a film commission, permits and \"\"Nollywood\"\" incentives.",
            "Second paragraph, after a line break.\",,",
            "app-2,Luxor,EG,Film,ar;en,2027-03-12T20:10:00+02:00,Film tourism,,");

        Assert.Empty(batch.Rejected);
        Assert.Equal(
            "Strategy for a film commission, permits and \"Nollywood\" incentives.\nSecond paragraph, after a line break.",
            batch.Accepted[0].Record.Needs);
        Assert.Equal("app-2", batch.Accepted[1].Record.Id);
    }

    [Fact]
    public async Task RowsAreTheFileLinesWhereRecordsStartCountingHeaderBlankLinesAndQuotedLineBreaks()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Lagos,NG,Film,en,2027-02-25T18:00:00+01:00,\"two",
            "lines\",,",
            "",
            "app-2,Luxor,EG,Film,en,not a date,Film tourism,,",
            "app-3,Accra,GH,Media Arts,en,2027-03-22T17:00:00+00:00,Media lab,,");

        Assert.Equal([2, 6], batch.Accepted.Select(a => a.Row));
        Assert.Equal(5, Assert.Single(batch.Rejected).Row);
    }

    [Fact]
    public async Task BadRecordIsRejectedWithEveryFieldErrorWhileTheOthersAreAccepted()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,",
            "app-2,,XX,Sculpture,fr;xx;eng,2027-03-12,,,1999;abc",
            "app-3,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,Music education,,");

        Assert.Equal(["app-1", "app-3"], batch.Accepted.Select(a => a.Record.Id));
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(3, rejected.Row);
        Assert.Equal("app-2", rejected.RecordId);
        Assert.Equal(
            ["city", "country_code", "creative_field", "languages", "submitted_at", "needs", "previous_calls"],
            rejected.Errors.Select(e => e.Field));
        Assert.Equal("XX", rejected.Raw["country_code"]);
        Assert.Equal("fr;xx;eng", rejected.Raw["languages"]);
    }

    [Theory]
    [InlineData("city", "app-1,,DZ,Music,fr,2027-03-12T09:30:00+01:00,Needs,,", "is required but missing or empty")]
    [InlineData("country_code", "app-1,Oran,DZA,Music,fr,2027-03-12T09:30:00+01:00,Needs,,", "'DZA' is not an ISO 3166-1 alpha-2")]
    [InlineData("country_code", "app-1,Oran,QQ,Music,fr,2027-03-12T09:30:00+01:00,Needs,,", "'QQ' is not an ISO 3166-1 alpha-2")]
    [InlineData("creative_field", "app-1,Oran,DZ,Sculpture,fr,2027-03-12T09:30:00+01:00,Needs,,", "'Sculpture' is not a creative field")]
    [InlineData("languages", "app-1,Oran,DZ,Music,fre,2027-03-12T09:30:00+01:00,Needs,,", "'fre' is not an ISO 639-1 code")]
    [InlineData("languages", "app-1,Oran,DZ,Music,;,2027-03-12T09:30:00+01:00,Needs,,", "lists no language")]
    [InlineData("submitted_at", "app-1,Oran,DZ,Music,fr,12/03/2027,Needs,,", "'12/03/2027' is not an ISO 8601 date and time")]
    [InlineData("needs", "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,  ,,", "is required but missing or empty")]
    [InlineData("previous_calls", "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Needs,,23", "'23' is not a year")]
    public async Task EachInvalidFieldIsReportedWithItsNameAndCause(string field, string line, string cause)
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader, line);

        Assert.Empty(batch.Accepted);
        Assert.StartsWith(cause, CauseOf(batch, field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicantWithoutOffsetInSubmittedAtIsRejectedWithItsField()
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader, "app-1,Oran,DZ,Music,fr,2021-03-01,Needs,,");

        Assert.Equal("'2021-03-01' has no UTC offset; write e.g. 2021-03-01T10:00:00+01:00", CauseOf(batch, "submitted_at"));
    }

    [Fact]
    public async Task LocalDateTimeWithoutOffsetIsRejectedRatherThanGuessed()
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader, "app-1,Oran,DZ,Music,fr,2027-03-30T23:00:00,Needs,,");

        Assert.Equal("'2027-03-30T23:00:00' has no UTC offset; write e.g. 2027-03-30T23:00:00+01:00", CauseOf(batch, "submitted_at"));
    }

    [Theory]
    [InlineData("2027-03-30T23:59:59+02:00", "2027-03-30T21:59:59Z")]
    [InlineData("2027-03-31T00:30:00+03:00", "2027-03-30T21:30:00Z")]
    [InlineData("2027-03-30T21:00:00.250Z", "2027-03-30T21:00:00.25Z")]
    [InlineData("2027-03-30 21:00+00:00", "2027-03-30T21:00:00Z")]
    public async Task SubmittedAtKeepsTheInstantItsOffsetDescribes(string written, string instant)
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader, $"app-1,Oran,DZ,Music,fr,{written},Needs,,");

        var applicant = Assert.Single(batch.Accepted).Record;
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), applicant.SubmittedAt);
    }

    [Fact]
    public async Task RepeatedIdIsRejectedNamingTheLineThatHadItFirst()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,",
            "app-2,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,Music education,,",
            "app-1,Ségou,ML,Music,fr,2027-03-20T10:00:00+00:00,Festival sur le Niger,,");

        Assert.Equal(["app-1", "app-2"], batch.Accepted.Select(a => a.Record.Id));
        var duplicate = Assert.Single(batch.Rejected);
        Assert.Equal(4, duplicate.Row);
        Assert.Equal("'app-1' is already used by the record at line 2", CauseOf(batch, "id"));
    }

    [Fact]
    public async Task LineWithAnUnquotedCommaIsRejectedAsAWholeRecord()
    {
        var batch = await ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Archives, studios and training,,");

        Assert.Empty(batch.Accepted);
        Assert.Contains("has 10 fields but the header has 9", CauseOf(batch, FieldError.WholeRecord), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortLineReportsTheRequiredFieldsItLacks()
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader, "app-1,Oran,DZ,Music");

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(["languages", "submitted_at", "needs"], rejected.Errors.Select(e => e.Field));
        Assert.All(rejected.Errors, e => Assert.Equal("is missing: the line has only 4 of the header's 9 fields", e.Cause.InEnglish()));
    }

    [Fact]
    public async Task CancelledReadStopsWithoutReturningABatch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var input = Utf8(ApplicantHeader + "\napp-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ProfileReader.ReadApplicantsAsync(input, ImportFormat.Csv, "applicants.csv", cancelled.Token));
    }

    [Fact]
    public async Task HeaderOnlyFileGivesAnEmptyBatch()
    {
        var batch = await ApplicantsCsvAsync(ApplicantHeader);

        Assert.Empty(batch.Accepted);
        Assert.Empty(batch.Rejected);
    }
}
