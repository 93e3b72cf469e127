using Dapper;
using Matchmaking.Core.Hosting;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Samples;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>The whole story through the pages, in Debian's Chromium, with a screenshot of each role's main page.</summary>
public sealed class BrowserStoryTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleCall.Year;
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly string Screenshots = Path.Combine(Root, "docs", "screenshots");

    [Fact]
    public async Task TheSecretariatPairsTheSampleCallACoordinatorDecidesTheMentorAcceptsAndTheSecretariatSeesItEstablished()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "amina-secretariat", Role = UserRole.Secretariat });

        // The secretariat imports the sample call: applicants and mentor offers as CSV uploads, then a file with a bad record.
        var secretariat = await host.SignInAsync("amina-secretariat");
        Assert.EndsWith("/secretariat", secretariat.Url, StringComparison.Ordinal);
        await secretariat.GotoAsync($"/secretariat/imports?year={Year}");
        await secretariat.GetByLabel("Applicants file").SetInputFilesAsync(Sample("sample_applicants.csv"));
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Import applicants" }).ClickAsync();
        await Expect(secretariat.Locator(".outcome")).ToContainTextAsync("25 records accepted");
        await secretariat.GetByLabel("Mentor offers file").SetInputFilesAsync(Sample("sample_mentors.csv"));
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Import mentor offers" }).ClickAsync();
        await Expect(secretariat.Locator(".outcome")).ToContainTextAsync("40 records accepted");
        await secretariat.GetByLabel("Applicants file").SetInputFilesAsync(new FilePayload
        {
            Name = "late-additions.csv", MimeType = "text/csv",
            Buffer = "id,city,country_code,creative_field,languages,submitted_at,needs\nAPP-X,Kano,NG,Sculpture,en,2027-03-01T10:00:00+01:00,x\n"u8.ToArray(),
        });
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Import applicants" }).ClickAsync();
        await Expect(secretariat.Locator("table.rejected")).ToContainTextAsync("Creative field: 'Sculpture' is not a creative field");
        // The page keeps its own history, and its templates are files the page itself accepts.
        await Expect(secretariat.Locator("table.imports tbody tr")).ToHaveCountAsync(3);
        await Expect(secretariat.Locator("table.imports tbody tr").First).ToContainTextAsync("upload:late-additions.csv");
        foreach (var template in new[] { "applicants", "mentors" })
        {
            var file = await secretariat.APIRequest.GetAsync($"/templates/{template}.csv");
            Assert.Equal(200, file.Status);
            await secretariat.GetByLabel(template == "applicants" ? "Applicants file" : "Mentor offers file")
                .SetInputFilesAsync(new FilePayload { Name = $"{template}.csv", MimeType = "text/csv", Buffer = await file.BodyAsync() });
            await secretariat.GetByRole(AriaRole.Button, new() { Name = template == "applicants" ? "Import applicants" : "Import mentor offers" }).ClickAsync();
            await Expect(secretariat.Locator(".outcome")).ToContainTextAsync("1 record accepted, 0 records rejected");
        }

        // The call at a glance: the dates with the days left, and the chart of applicants against mentor capacity.
        await secretariat.GotoAsync("/secretariat");
        await Expect(secretariat.Locator("ol.timeline li")).ToHaveCountAsync(4);
        await Expect(secretariat.Locator("figure.chart svg g.row")).ToHaveCountAsync(CreativeFields.All.Count);

        // A pairing round, followed until the worker has finished it.
        await secretariat.GotoAsync($"/secretariat/rounds?year={Year}");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = $"Start a pairing round for {Year}" }).ClickAsync();
        await Expect(secretariat.Locator("#round-status")).ToHaveTextAsync("completed", new() { Timeout = 90_000 });
        var roundUrl = secretariat.Url;

        // A coordinator approves one pair and picks an alternative mentor for another.
        var (field, approve, reassign, alternative) = await ChooseCoordinatorWorkAsync();
        var coordinatorName = $"coordinator-{field.DisplayName().ToLowerInvariant().Replace(' ', '-')}";
        await PageSession.CreateAsync(host.App, new NewUser { Name = coordinatorName, Role = UserRole.Coordinator, Field = field });
        var coordinator = await host.SignInAsync(coordinatorName);
        Assert.EndsWith("/coordinator", coordinator.Url, StringComparison.Ordinal);
        await Expect(coordinator.Locator($"#proposal-{approve.Id}")).ToBeVisibleAsync();
        await Screenshot(coordinator, "coordinator.png");
        await coordinator.Locator($"#proposal-{approve.Id}").GetByRole(AriaRole.Button, new() { Name = "Approve this pair" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("approved");
        var card = coordinator.Locator($"#proposal-{reassign.Id}");
        await card.Locator($"input[type=radio][value='{alternative}']").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Pair with the chosen alternative" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("instead");
        // The message names the city, not the offer's id.
        await Expect(coordinator.Locator(".flash")).Not.ToContainTextAsync(alternative);
        // A proposal's own address shows its whole card, not just a title and a score.
        await coordinator.GotoAsync($"/coordinator/proposals/{approve.Id}");
        await Expect(coordinator.Locator($"#proposal-{approve.Id}").GetByText("Why this pair")).ToBeVisibleAsync();

        // The mentor city of the approved pair accepts it.
        var mentorName = $"mentor-{CityNames.Key(approve.Mentor.City!).Replace(' ', '-')}";
        await PageSession.CreateAsync(host.App, new NewUser
        {
            Name = mentorName, Role = UserRole.Mentor, City = approve.Mentor.City, CountryCode = approve.Mentor.CountryCode,
        });
        var mentor = await host.SignInAsync(mentorName);
        Assert.EndsWith("/mentor", mentor.Url, StringComparison.Ordinal);
        var request = mentor.Locator($"#request-{approve.Id}");
        await Expect(request.Locator(".status")).ToHaveTextAsync("awaiting your answer");
        await Screenshot(mentor, "mentor.png");
        await request.GetByRole(AriaRole.Button, new() { NameRegex = new("^Accept mentoring") }).ClickAsync();
        await Expect(mentor.Locator(".flash")).ToContainTextAsync("established");
        await Expect(mentor.Locator($"#request-{approve.Id} .status")).ToHaveTextAsync("established");

        // The secretariat sees the partnership established and the follow-ups scheduled.
        await secretariat.GotoAsync(roundUrl);
        var row = secretariat.Locator("table.pairs tr", new() { HasText = approve.Applicant.City! });
        await Expect(row.Locator(".status")).ToHaveTextAsync("established");
        await secretariat.GotoAsync($"/secretariat/tasks?year={Year}");
        await Expect(secretariat.Locator("table.tasks .status.scheduled").First).ToBeVisibleAsync();
        await Expect(secretariat.Locator("table.tasks")).ToContainTextAsync(approve.Applicant.City!);
        await secretariat.GotoAsync($"/secretariat/report?year={Year}");
        await Expect(secretariat.GetByText("1 partnership established")).ToBeVisibleAsync();
        await secretariat.GotoAsync("/secretariat");
        await Screenshot(secretariat, "secretariat.png");
    }

    /// <summary>A field with a pair to approve and another whose alternative mentor still has a free place.</summary>
    private async Task<(CreativeField Field, ProposalView Approve, ProposalView Reassign, string Alternative)> ChooseCoordinatorWorkAsync()
    {
        var current = await host.App.Services.GetRequiredService<ProposalService>().ListCurrentAsync(Year, default);
        await using var connection = host.App.OpenConnection();
        foreach (var group in current.Where(p => p.Status == ProposalStatus.Proposed && p.Mentor.City is not null).GroupBy(p => p.Field))
        {
            foreach (var reassign in group)
            {
                var approve = group.FirstOrDefault(p => p.Id != reassign.Id);
                if (approve is null)
                {
                    continue;
                }

                foreach (var alternative in reassign.Alternatives.EnumerateArray().Select(a => a.GetProperty("mentor_id").GetString()!))
                {
                    var room = await connection.ExecuteScalarAsync<int>("""
                        SELECT m.capacity - (SELECT count(DISTINCT x.applicant_id) FROM proposals x
                            WHERE x.call_year = m.call_year AND x.mentor_id = m.id AND x.applicant_id <> @applicant
                              AND (x.status IN ('approved', 'established') OR (x.status = 'proposed' AND x.round_id = @round)))
                        FROM mentor_offers m WHERE m.call_year = @year AND m.id = @alternative
                        """, new { applicant = reassign.Applicant.Id, round = reassign.RoundId, year = Year, alternative });
                    if (room > 0 && alternative != approve.Mentor.Id)
                    {
                        return (group.Key, approve, reassign, alternative);
                    }
                }
            }
        }

        throw new InvalidOperationException("The sample round left no field with a pair to approve and another to give an alternative.");
    }

    private static string Sample(string file) => Path.Combine(Root, "src", "Matchmaking.Core", "Samples", file);

    private static async Task Screenshot(IPage page, string file)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, file) });
    }
}
