using Matchmaking.Core.Ingestion;

namespace Matchmaking.Tests.Ingestion;

public sealed class ImportFormatsTests
{
    [Theory]
    [InlineData("text/csv", ImportFormat.Csv)]
    [InlineData("text/csv; charset=utf-8", ImportFormat.Csv)]
    [InlineData("application/vnd.ms-excel", ImportFormat.Csv)]
    [InlineData("Application/JSON", ImportFormat.Json)]
    [InlineData("application/problem+json", ImportFormat.Json)]
    [InlineData("text/plain", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ContentTypeTellsTheFormat(string? contentType, ImportFormat? expected) =>
        Assert.Equal(expected, ImportFormats.FromContentType(contentType));

    [Theory]
    [InlineData("applicants.csv", ImportFormat.Csv)]
    [InlineData("/tmp/MENTORS.JSON", ImportFormat.Json)]
    [InlineData("applicants.xlsx", null)]
    [InlineData("applicants", null)]
    public void FileExtensionTellsTheFormat(string path, ImportFormat? expected) =>
        Assert.Equal(expected, ImportFormats.FromFileName(path));
}
