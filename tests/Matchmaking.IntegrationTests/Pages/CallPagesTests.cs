using Dapper;
using Matchmaking.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Calls in the pages, in Chromium: the secretariat creates a call, moves its dates, and its tasks move with them.</summary>
public sealed class CallPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task TheSecretariatCreatesACallWithTheUsualDatesMovesOneInParisTimeAndTheEscalationMovesWithIt()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "calls-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("calls-secretariat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calls", Exact = true }).ClickAsync();
        await page.GetByLabel("Year").FillAsync("2029");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the call" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("The call 2029 is created");
        await Expect(page.Locator("#partnership-2029")).ToHaveValueAsync("2029-04-09T23:59");
        await Expect(page.Locator("#application-2029")).ToHaveValueAsync("2029-06-30T23:59");
        await Expect(page.Locator("#call-2029 .call-tasks")).ToContainTextAsync("7 April 2029, 09:00");

        // The same year again from the new-call form is refused, not silently moved.
        await page.GetByLabel("Year").FillAsync("2029");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the call" }).ClickAsync();
        await Expect(page.Locator(".errors")).ToContainTextAsync("The call 2029 exists already");

        await page.Locator("#partnership-2029").FillAsync("2029-04-16T12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the dates of the call 2029" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("moved with them");
        await Expect(page.Locator("#call-2029 .call-tasks")).ToContainTextAsync("14 April 2029, 09:00");
        Assert.Equal(new DateTimeOffset(2029, 4, 16, 10, 0, 0, TimeSpan.Zero), await ScalarAsync<DateTimeOffset>(
            "SELECT partnership_deadline FROM calls WHERE year = 2029"));
        Assert.Equal(new DateTimeOffset(2029, 4, 14, 7, 0, 0, TimeSpan.Zero), await ScalarAsync<DateTimeOffset>(
            "SELECT due_at FROM follow_ups WHERE call_year = 2029 AND kind = 'escalation'"));
        Assert.Equal("set_dates", await ScalarAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'call' AND entity_id = '2029' ORDER BY id DESC LIMIT 1"));

        // The audit log, filtered by what and when, tells the move in words.
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await page.GetByLabel("What").FillAsync("set dates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var audit = page.Locator("table.audit tbody");
        await Expect(audit.Locator("tr")).ToHaveCountAsync(1);
        await Expect(audit).ToContainTextAsync("before, partnership deadline: 9 April 2029, 23:59");
        await Expect(audit).ToContainTextAsync("after, partnership deadline: 16 April 2029, 12:00");
        await page.GotoAsync("/secretariat/audit?what=set+dates&until=2020-01-01");
        await Expect(page.Locator("table.audit tbody tr")).ToHaveCountAsync(0);
        await page.GotoAsync("/secretariat/audit?from=yesterday");
        await Expect(page.Locator(".errors")).ToContainTextAsync("From (day): 'yesterday' is not a day such as 2027-04-09");
        await page.GotoAsync("/secretariat/calls");

        // A date outside the call's year is refused in words naming the field, and nothing changes.
        await page.Locator("#application-2029").FillAsync("2030-01-10T12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the dates of the call 2029" }).ClickAsync();
        await Expect(page.Locator("#call-2029 .errors")).ToContainTextAsync("Application deadline: 10 January 2030, 12:00 (Paris time) is not in 2029");
        Assert.Equal(new DateTimeOffset(2029, 6, 30, 21, 59, 0, TimeSpan.Zero), await ScalarAsync<DateTimeOffset>(
            "SELECT application_deadline FROM calls WHERE year = 2029"));
    }

    [Fact]
    public async Task TheSecretariatTicksTheDesignatedApplicantsAndTheOthersAreRecordedAsNotDesignated()
    {
        await host.App.ResetAsync();
        var api = await Infrastructure.ApiSession.SecretariatAsync(host.App);
        await Infrastructure.ApiSession.CreateCallAsync(api, 2025);
        await Infrastructure.HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, await Infrastructure.ApiSession.PostCsvAsync(api, "/api/calls/2025/applicants", """
            id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls
            a-oran,Oran,DZ,Music,fr,2025-03-12T09:30:00+01:00,"Formation des musiciens",,
            a-kumasi,Kumasi,GH,Crafts and Folk Art,en,2025-03-12T09:30:00+01:00,"Craft training",,
            """));
        await PageSession.CreateAsync(host.App, new NewUser { Name = "designations-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("designations-secretariat");
        await page.GotoAsync("/secretariat/designations?year=2025");
        await Expect(page.Locator("#outcome-a-oran .recorded")).ToHaveTextAsync("not recorded");
        await page.GetByLabel("Kumasi (GH)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the designations" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("1 designated, 1 not designated");
        await Expect(page.Locator("#outcome-a-kumasi .recorded")).ToHaveTextAsync("designated");
        await Expect(page.Locator("#outcome-a-oran .recorded")).ToHaveTextAsync("not designated");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await host.App.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException($"No value for {sql}");
    }
}
