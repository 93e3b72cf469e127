using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using static Matchmaking.Tests.Ingestion.Input;

namespace Matchmaking.Tests.Ingestion;

public sealed class UnreadableCsvTests
{
    [Fact]
    public async Task MissingRequiredHeaderColumnsAreNamedInTheException()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(
            "id,city,country,creative_field,languages,needs",
            "app-1,Oran,DZ,Music,fr,Raï archives"));

        Assert.Equal("applicants.csv", error.SourceName);
        Assert.Equal(1, error.Line);
        Assert.Contains("lacks the required columns country_code, submitted_at", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("applicants.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SemicolonSeparatedFileIsRefusedWithAHintAboutTheSeparator()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => MentorsCsvAsync(
            MentorHeader.Replace(',', ';'),
            "m-1;Linz;AT;Media Arts;en;2;Ars Electronica;;2014"));

        Assert.Contains("separated by ';'", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ColumnNamedTwiceInTheHeaderIsRefused()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(ApplicantHeader + ",City"));

        Assert.Contains("names column 'city' twice (fields 2 and 10)", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderProblemsNameTheHeaderLineAfterLeadingEmptyLines()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync("", "", "id,city"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task EmptyBodyIsRefused()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(""));

        Assert.StartsWith("the body is empty", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuoteInsideAnUnquotedFieldIsLocatedByLineAndColumn()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,",
            "app-2,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,The \"Byblos\" festival,,"));

        Assert.Equal(3, error.Line);
        Assert.Equal(56, error.Column);
        Assert.StartsWith("applicants.csv, line 3, column 56: malformed quoting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextAfterAClosingQuoteIsLocatedOnTheLineInsideTheQuotedField()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,\"Raï",
            "archives\" and studios,,"));

        Assert.Equal(3, error.Line);
        Assert.Equal(10, error.Column);
        Assert.Contains("text after the closing quote", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotedFieldThatIsNeverClosedIsLocatedWhereItOpens()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsCsvAsync(
            ApplicantHeader,
            "app-1,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,Raï archives,,",
            "app-2,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,\"Music education,,",
            "app-3,Ségou,ML,Music,fr,2027-03-20T10:00:00+00:00,Festival,,"));

        Assert.Equal(3, error.Line);
        Assert.Equal(52, error.Column);
        Assert.Contains("never closed", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1BytesAreRefusedAsNotUtf8WithTheirPosition()
    {
        var bytes = new List<byte>(System.Text.Encoding.UTF8.GetBytes(ApplicantHeader + "\napp-1,Sa"));
        bytes.Add(0xE9); // 'é' in Latin-1
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes("gou,ML,Music,fr,2027-03-20T10:00:00+00:00,Festival,,\n"));

        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ProfileReader.ReadApplicantsAsync(
            new MemoryStream([.. bytes]), ImportFormat.Csv, "latin1.csv", CancellationToken.None));

        Assert.Equal(2, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Contains("not UTF-8 (byte 0xE9)", error.Reason.InEnglish(), StringComparison.Ordinal);
    }
}
