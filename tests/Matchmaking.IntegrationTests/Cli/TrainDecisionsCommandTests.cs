using Matchmaking.Core.Matching;
using System.Net;
using Dapper;
using Matchmaking.Cli;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Xunit.Abstractions;

namespace Matchmaking.IntegrationTests.Cli;

public sealed class TrainDecisionsCommandTests(AppFactory factory, ITestOutputHelper log) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TrainDecisionsPrintsBothEvaluationsSideBySideAndADryRunStoresNothingWhileARealRunKeepsTheVersion()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{pairs["app-oran"]}/reject", new { note = "no" }));

        var (code, output, error) = await RunAsync("train", "--decisions", "--dry-run");

        log.WriteLine(output);
        Assert.True(code == 0, error + output);
        Assert.Contains("current", output, StringComparison.Ordinal);
        Assert.Contains("candidate", output, StringComparison.Ordinal);
        Assert.Contains($"{TextModelProvider.WithLexicon(TextModel.Default).Version} (shipped)", output, StringComparison.Ordinal);
        Assert.Contains("development call P@1 (42 queries)", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing stored.", output, StringComparison.Ordinal);
        await using var connection = factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM model_versions"));

        var (again, stored, _) = await RunAsync("train", "--decisions");

        log.WriteLine(stored);
        Assert.Equal(0, again);
        Assert.Contains("Stored as version #", stored, StringComparison.Ordinal);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM model_versions WHERE trained_by = 'cli:matchmaking-train'"));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Matchmaking", factory.ConnectionString);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Matchmaking", null);
        }
    }
}
