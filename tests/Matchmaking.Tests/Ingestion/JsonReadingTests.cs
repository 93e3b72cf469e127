using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;
using static Matchmaking.Tests.Ingestion.Input;

namespace Matchmaking.Tests.Ingestion;

public sealed class JsonReadingTests
{
    [Fact]
    public async Task JsonApplicantsAcceptListsAsArraysOrStringsAndYearsAsNumbers()
    {
        var batch = await ApplicantsJsonAsync("""
            [
              { "id": "app-1", "city": "Kairouan", "country_code": "tn", "creative_field": "crafts_and_folk_art",
                "languages": ["AR", "fr"], "submitted_at": "2027-02-20T10:00:00+01:00",
                "needs": "Carpet design renewal", "previous_calls": [2023, "2025"], "extra": { "ignored": true } },
              { "id": 2, "city": "Oran", "country_code": "DZ", "creative_field": "Music", "languages": "fr;ar",
                "submitted_at": "2027-03-14T19:00:00+01:00", "needs": "Raï archives", "profile": null }
            ]
            """);

        Assert.Empty(batch.Rejected);
        Assert.Equal([1, 2], batch.Accepted.Select(a => a.Row));
        var kairouan = batch.Accepted[0].Record;
        Assert.Equal("TN", kairouan.CountryCode);
        Assert.Equal(CreativeField.CraftsAndFolkArt, kairouan.Field);
        Assert.Equal(["ar", "fr"], kairouan.Languages);
        Assert.Equal([2023, 2025], kairouan.PreviousCalls);
        var oran = batch.Accepted[1].Record;
        Assert.Equal("2", oran.Id);
        Assert.Equal(["fr", "ar"], oran.Languages);
        Assert.Equal("", oran.Profile);
    }

    [Fact]
    public async Task JsonMentorCapacityMayBeANumberOrANumericString()
    {
        var batch = await MentorsJsonAsync("""
            [
              { "id": "m-1", "city": "Linz", "country_code": "AT", "creative_field": "Media Arts", "languages": ["en"],
                "capacity": 2, "expertise": "Ars Electronica", "support_forms": ["technical_assistance"], "member_since": 2014 },
              { "id": "m-2", "city": "Busan", "country_code": "KR", "creative_field": "Film", "languages": "en",
                "capacity": "1", "expertise": "Film commission", "member_since": "2014" }
            ]
            """);

        Assert.Empty(batch.Rejected);
        Assert.Equal([2, 1], batch.Accepted.Select(a => a.Record.Capacity));
        Assert.Equal([SupportForm.TechnicalAssistance], batch.Accepted[0].Record.SupportForms);
        Assert.Equal(2014, batch.Accepted[1].Record.MemberSince);
    }

    [Fact]
    public async Task JsonRecordWithWrongTypesIsRejectedFieldByFieldAndTheRowIsItsPositionInTheArray()
    {
        var batch = await MentorsJsonAsync("""
            [
              { "id": "m-1", "city": "Linz", "country_code": "AT", "creative_field": "Media Arts", "languages": ["en"],
                "capacity": 2, "expertise": "Ars Electronica" },
              { "id": "m-2", "city": ["Busan"], "country_code": "KR", "creative_field": "Film", "languages": [{ "code": "en" }],
                "capacity": 1.5, "expertise": { "text": "Film commission" } }
            ]
            """);

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(2, rejected.Row);
        Assert.Equal("m-2", rejected.RecordId);
        Assert.Equal(["city", "languages", "expertise", "capacity"], rejected.Errors.Select(e => e.Field));
        Assert.Equal("is an array; expected text or a number", rejected.Errors[0].Cause.InEnglish());
        Assert.Equal("holds an object; list items must be text or numbers", rejected.Errors[1].Cause.InEnglish());
        Assert.Equal("'1.5' is not a positive whole number; write e.g. 2", rejected.Errors[3].Cause.InEnglish());
    }

    [Fact]
    public async Task JsonArrayItemThatIsNotAnObjectIsRejectedAndTheOthersAreKept()
    {
        var batch = await MentorsJsonAsync("""
            [
              "m-0",
              { "id": "m-1", "city": "Linz", "country_code": "AT", "creative_field": "Media Arts", "languages": "en",
                "capacity": 2, "expertise": "Ars Electronica" }
            ]
            """);

        Assert.Equal(2, Assert.Single(batch.Accepted).Row);
        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(1, rejected.Row);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("record", "is a string, not an object with the record's fields"), (error.Field, error.Cause.InEnglish()));
    }

    [Fact]
    public async Task JsonDuplicateIdNamesThePositionThatHadItFirst()
    {
        var applicant = """
            { "id": "app-1", "city": "Oran", "country_code": "DZ", "creative_field": "Music", "languages": "fr",
              "submitted_at": "2027-03-14T19:00:00+01:00", "needs": "Raï archives" }
            """;
        var batch = await ApplicantsJsonAsync($"[{applicant},{applicant}]");

        Assert.Single(batch.Accepted);
        Assert.Equal("'app-1' is already used by the record at position 1 of the array", CauseOf(batch, "id"));
    }

    [Fact]
    public async Task JsonApplicantWithoutOffsetOrWithoutRequiredFieldsIsRejectedWithEachField()
    {
        var batch = await ApplicantsJsonAsync("""
            [{ "id": "app-1", "city": "Oran", "country_code": "DZ", "creative_field": "Music", "submitted_at": "2021-03-01" }]
            """);

        var rejected = Assert.Single(batch.Rejected);
        Assert.Equal(
            [
                ("languages", "is required but missing or empty"),
                ("submitted_at", "'2021-03-01' has no UTC offset; write e.g. 2021-03-01T10:00:00+01:00"),
                ("needs", "is required but missing or empty"),
            ],
            rejected.Errors.Select(e => (e.Field, e.Cause.InEnglish())));
    }

    [Fact]
    public async Task InvalidJsonIsRefusedWithItsLineAndColumn()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsJsonAsync(
            "[\n  { \"id\": \"app-1\", },\n  { \"id\": \"app-2\" }\n]"));

        Assert.Equal(2, error.Line);
        Assert.Equal(20, error.Column);
        Assert.StartsWith("applicants.json, line 2, column 20: invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonObjectInsteadOfAnArrayIsRefused()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsJsonAsync("\n  { \"id\": \"app-1\" }"));

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.StartsWith("not a JSON array: the body is a single object", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyJsonBodyIsRefused()
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ApplicantsJsonAsync(" \n "));

        Assert.Equal("applicants.json: the body is empty; expected a JSON array of objects", error.Message);
    }

    [Fact]
    public async Task Utf16JsonIsRefusedAsNotUtf8()
    {
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("[]")).ToArray();

        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ProfileReader.ReadApplicantsAsync(
            new MemoryStream(bytes), ImportFormat.Json, "utf16.json", CancellationToken.None));

        Assert.Contains("not UTF-8", error.Reason.InEnglish(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1TextInsideAJsonStringIsRefusedAsNotUtf8()
    {
        byte[] bytes = [.. "[{\"id\":\"app-1\",\"city\":\"S"u8, 0xE9, .. "gou\"}]"u8];

        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ProfileReader.ReadApplicantsAsync(
            new MemoryStream(bytes), ImportFormat.Json, "latin1.json", CancellationToken.None));

        Assert.Contains("position 1 of the array contains text that is not UTF-8", error.Reason.InEnglish(), StringComparison.Ordinal);
    }
}
