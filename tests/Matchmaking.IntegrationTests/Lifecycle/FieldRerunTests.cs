using System.Net;
using Matchmaking.Core.Rounds;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class FieldRerunTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = 2027;

    private const string Applicants = """
        id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls
        ng-music,Lagos,NG,Music,en,2027-03-01T10:00:00+01:00,Afrobeat festival strategy and music export,,
        ng-film,Kano,NG,Film,en,2027-03-02T10:00:00+01:00,Film commission and location services,,
        ng-design,Abeokuta,NG,Design,en,2027-03-03T10:00:00+01:00,Design week and textile design education,,
        """;

    private const string Mentors = """
        id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since
        m-design,Helsinki,FI,Design,en,2,Design weeks and design education,cooperation,2014
        m-music,Liverpool,GB,Music,en,1,Music export and festival strategy,cooperation,2015
        """;

    [Fact]
    public async Task AReRunForOneFieldStillCountsTheOtherFieldsApplicantsInTheCountryQuota()
    {
        await host.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.Factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", Mentors));
        var actor = new CurrentUser { Id = 0, Name = "test", Role = UserRole.Secretariat };

        var round = await host.Factory.Services.GetRequiredService<RoundService>()
            .RequestAsync(Year, actor, CreativeField.Design, "test", default);
        var done = await secretariat.WaitForRoundAsync(new Uri($"/api/rounds/{round.Id}", UriKind.Relative));

        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(0, done.GetProperty("counts").GetProperty("proposals").GetInt32());
        Assert.Equal(1, done.GetProperty("counts").GetProperty("unmatched").GetInt32());
        Assert.Equal(1, done.GetProperty("counts").GetProperty("mentors").GetInt32());
        var report = await (await secretariat.GetAsync($"/api/calls/{Year}/report")).JsonAsync();
        var design = report.GetProperty("unmatched").EnumerateArray().Single(u => u.GetProperty("applicant_id").GetString() == "ng-design");
        Assert.Equal("country_quota_exceeded", design.GetProperty("reasons")[0].GetString());
    }
}
