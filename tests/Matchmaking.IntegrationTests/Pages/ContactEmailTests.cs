using System.Net;
using Dapper;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Profiles carry contact e-mails in the import formats; a mentor city sees its mentee's once the pair is established.</summary>
public sealed class ContactEmailTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AnImportedContactEmailReachesTheContactsAndTheMentorSeesItOnlyOnceThePartnershipIsEstablished()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var applicants = SampleProfiles.Applicants.Replace(
            "needs,profile,previous_calls", "needs,profile,previous_calls,contact_email", StringComparison.Ordinal);
        applicants = string.Join('\n', applicants.Split('\n').Select(line =>
            line.StartsWith("app-oran,", StringComparison.Ordinal) ? line.TrimEnd() + ",culture@oran.example.org"
            : line.StartsWith("app-kumasi,", StringComparison.Ordinal) ? line.TrimEnd() + ",not an address"
            : line));
        var import = await (await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", applicants)).JsonAsync();
        var rejected = import.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "app-kumasi");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Contains("contact_email", rejected.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not an e-mail address", rejected.ToString(), StringComparison.Ordinal);
        await using (var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        {
            Assert.Equal("culture@oran.example.org", await connection.ExecuteScalarAsync<string>(
                "SELECT email FROM contacts WHERE recipient = 'applicant city Oran'"));
        }

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var oran = (await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-oran").GetProperty("id").GetInt64();
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "yes" }));

        await PageSession.CreateAsync(factory, new NewUser { Name = "contact-bologna", Role = UserRole.Mentor, City = "Bologna", CountryCode = "IT" });
        var mentor = await PageSession.SignInExistingAsync(factory, "contact-bologna");
        Assert.DoesNotContain("culture@oran.example.org", await mentor.Client.GetStringAsync($"/mentor?year={Year}"), StringComparison.Ordinal);
        var accept = await mentor.PostFormAsync($"/mentor/requests/{oran}?handler=Accept", new() { ["note"] = "glad to" });
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Contains("Contact of Oran: <a href=\"mailto:culture@oran.example.org\">", await mentor.Client.GetStringAsync($"/mentor?year={Year}"),
            StringComparison.Ordinal);
    }
}
