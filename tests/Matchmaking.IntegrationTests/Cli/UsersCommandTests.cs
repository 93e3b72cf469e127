using System.Net;
using Matchmaking.Cli;
using Matchmaking.IntegrationTests.Infrastructure;
using Npgsql;

namespace Matchmaking.IntegrationTests.Cli;

public sealed class UsersCommandTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task UsersAddPrintsATokenThatSignsInAsACoordinatorOfThatFieldAndStoresOnlyItsHash()
    {
        await factory.ResetAsync();
        var (code, output, error) = await RunAsync("users", "add", "--role", "coordinator", "--field", "Music");

        Assert.True(code == 0, error);
        var token = output.Trim();
        Assert.StartsWith("mm_", token, StringComparison.Ordinal);
        await using (var connection = factory.OpenConnection())
        await using (var command = new NpgsqlCommand("SELECT count(*) FROM users WHERE token_hash = sha256(convert_to($1, 'UTF8'))", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = token });
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }

        await using (var connection = factory.OpenConnection())
        await using (var plain = new NpgsqlCommand("SELECT count(*) FROM users WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'", connection))
        {
            plain.Parameters.Add(new NpgsqlParameter { Value = token });
            Assert.Equal(0L, await plain.ExecuteScalarAsync());
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/calls/2027/applicants"));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync("/api/calls/2027/rounds", null));
    }

    [Fact]
    public async Task ACoordinatorWithoutAFieldIsRefusedInWordsAndAUsageErrorExitsWithTwo()
    {
        var (code, _, error) = await RunAsync("users", "add", "--role", "coordinator");
        Assert.Equal(2, code);
        Assert.Contains("A coordinator needs a creative field (--field).", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);

        var (unknown, _, unknownError) = await RunAsync("users", "add", "--bogus");
        Assert.Equal(2, unknown);
        Assert.Contains("--bogus", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAddRefusesAMentorWhoseCityIsNotAMemberAndAnUnknownField()
    {
        var (code, _, error) = await RunAsync("users", "add", "--role", "mentor", "--city", "Atlantis");
        Assert.Equal(2, code);
        Assert.Contains("Atlantis", error, StringComparison.Ordinal);

        // The command names its option; the service only says what is missing (the users page names its field).
        (code, _, error) = await RunAsync("users", "add", "--role", "mentor");
        Assert.Equal(2, code);
        Assert.Contains("A mentor needs a member city (--city).", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("users", "add", "--role", "coordinator", "--field", "Sculpture");
        Assert.Equal(2, code);
        Assert.Contains("Sculpture", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactsSetGivesARecipientAnAddressAndRefusesSomethingElse()
    {
        await factory.ResetAsync();
        var (code, _, error) = await RunAsync("contacts", "set", "--recipient", "mentor city Bologna", "--email", "culture@comune.bologna.it");
        Assert.True(code == 0, error);
        (code, _, _) = await RunAsync("contacts", "set", "--recipient", "mentor city Bologna", "--email", "desk@comune.bologna.it");
        Assert.Equal(0, code);

        await using (var connection = factory.OpenConnection())
        await using (var command = new NpgsqlCommand("SELECT email FROM contacts WHERE recipient = 'mentor city Bologna'", connection))
        {
            Assert.Equal("desk@comune.bologna.it", await command.ExecuteScalarAsync());
        }

        (code, _, error) = await RunAsync("contacts", "set", "--recipient", "secretariat", "--email", "not an address");
        Assert.Equal(2, code);
        Assert.Contains("not an address", error, StringComparison.Ordinal);
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
