using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Samples;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Tests.Ingestion;

public sealed class ShippedSampleTests
{
    [Fact]
    public async Task ShippedSampleApplicantsParseWithoutRejects()
    {
        var batch = await ReadApplicantsAsync();

        Assert.Empty(batch.Rejected);
        Assert.InRange(batch.Accepted.Count, 20, 30);
        Assert.Equal(CreativeFields.All.Order(), batch.Accepted.Select(a => a.Record.Field).Distinct().Order());
    }

    [Fact]
    public async Task ShippedSampleMentorsParseWithoutRejects()
    {
        await using var stream = SampleCall.OpenMentors();
        var batch = await ProfileReader.ReadMentorsAsync(stream, ImportFormat.Csv, SampleCall.MentorsFileName, CancellationToken.None);

        Assert.Empty(batch.Rejected);
        Assert.InRange(batch.Accepted.Count, 35, 45);
        Assert.All(
            batch.Accepted.GroupBy(a => a.Record.Field),
            group => Assert.True(group.Count() >= 3, $"{group.Key} has fewer than three offers"));
    }

    [Fact]
    public async Task ShippedSampleHasExactlyTwoApplicationsAfterTheInterestDeadline()
    {
        var deadline = CallSchedule.ForYear(SampleCall.Year).InterestDeadline;

        var late = (await ReadApplicantsAsync()).Accepted.Where(a => a.Record.SubmittedAt > deadline).Select(a => a.Record.City);

        Assert.Equal(["Maputo", "Johannesburg"], late);
    }

    private static async Task<ParsedBatch<ApplicantProfile>> ReadApplicantsAsync()
    {
        await using var stream = SampleCall.OpenApplicants();
        return await ProfileReader.ReadApplicantsAsync(stream, ImportFormat.Csv, SampleCall.ApplicantsFileName, CancellationToken.None);
    }
}
