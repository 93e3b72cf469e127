using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Tests.Ingestion;

/// <summary>A field error is kept as its phrase (to be worded in each reader's language) with its English beside it.</summary>
public sealed class FieldErrorStorageTests
{
    [Fact]
    public void AStoredFieldErrorKeepsItsCodeAndArgumentsAndReadsBackTheSame()
    {
        var error = new FieldError("record", new Phrase("record_not_an_object", new Phrase("json_an_array")));

        var json = JsonSerializer.Serialize(error, JsonDefaults.Options);
        var read = JsonSerializer.Deserialize<FieldError>(json, JsonDefaults.Options)!;

        Assert.Contains("\"code\":\"record_not_an_object\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cause\":\"is an array, not an object with the record", json, StringComparison.Ordinal);
        Assert.Equal("record_not_an_object", read.Cause.Code);
        Assert.Equal("json_an_array", Assert.IsType<Phrase>(Assert.Single(read.Cause.Args)).Code);
    }

    [Fact]
    public void AFieldErrorStoredBeforeCodesReadsAsItsEnglishText()
    {
        var read = JsonSerializer.Deserialize<FieldError>("""{"field": "needs", "cause": "is required but missing or empty"}""", JsonDefaults.Options)!;

        Assert.Equal("needs", read.Field);
        Assert.Equal("is required but missing or empty", read.Cause.InEnglish());
    }

    [Fact]
    public void NumbersOfAStoredPhraseStayNumbersSoTheyAreFormattedForTheReader()
    {
        var error = new FieldError("needs", new Phrase("text_too_long", 10000, 5000));

        var read = JsonSerializer.Deserialize<FieldError>(JsonSerializer.Serialize(error, JsonDefaults.Options), JsonDefaults.Options)!;

        Assert.Equal("is 10,000 characters long; at most 5,000 are accepted", read.Cause.InEnglish());
    }
}
