using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaking.Core.Samples;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// The pages walked as people do, so that what a person would run into fails here first: for the secretariat, a coordinator
/// and a mentor city, on a call with two rounds and decisions made, in English and French, 1280 and 390 px wide, every page
/// reachable from the navigation, every GET form with plausible and absurd values, every link and download, then every POST
/// form empty and absurd. One run lists every problem found (role, language, width, address, problem).
/// </summary>
public sealed class PageSweepTests(BrowserHost host, ITestOutputHelper output) : IClassFixture<BrowserHost>
{
    private const int Year = SampleCall.Year;
    private static readonly string[] Languages = ["en", "fr"];
    private static readonly int[] Widths = [1280, 390];

    [Fact]
    public async Task EveryPageOfEveryRoleAnswersInItsLanguageWithinTheWindowAndWithoutErrorsWhateverIsTyped()
    {
        var (people, data) = await SeedAsync();
        var english = EnglishPhrases.Load(data);
        var sweeps = new List<PageSweep>();
        var started = Environment.TickCount64;

        // Every walk of every role first, then the POST forms: a POST (an approval with a note) may change what the walks
        // would see, so the pages with decisions pending are walked before any is decided. Absurd input is tried at the
        // narrow width only (see PageSweep.ThoroughWidth), once per language.
        foreach (var (role, name, home) in people)
        {
            var page = await host.SignInAsync(name);
            var sweep = new PageSweep(page, host.BaseUrl, role, english);
            sweeps.Add(sweep);
            foreach (var language in Languages)
            {
                foreach (var width in Widths)
                {
                    await sweep.UseAsync(language, width);
                    await sweep.WalkAsync(host.BaseUrl.TrimEnd('/') + home);
                }
            }
        }

        var walked = Environment.TickCount64;
        foreach (var sweep in sweeps)
        {
            await sweep.PostFormsAsync(Languages);
        }

        var problems = sweeps.SelectMany(s => s.Problems).Distinct().ToList();
        output.WriteLine($"{sweeps.Sum(s => s.Visits)} page loads in {(Environment.TickCount64 - started) / 1000} s "
            + $"(walks {(walked - started) / 1000} s, POST forms {(Environment.TickCount64 - walked) / 1000} s); "
            + $"{english.Count} English-only phrases looked for on French pages; {problems.Count} problems");
        output.WriteLine("POST forms tried: " + string.Join("; ", sweeps.SelectMany(s => s.PostForms.Select(f => $"{s.Role} {f.Key}"))));
        // By page; the same problem of a page in several languages, widths and addresses (a filter's absurd values) on one line.
        var report = string.Join('\n', problems
            .GroupBy(p => PageOf(p.Url))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"== {g.Key}\n" + string.Join('\n', g
                .GroupBy(p => (p.Role, p.Problem))
                .Select(same => $"  {same.Key.Role} [{string.Join(", ", same.Select(p => $"{p.Language} {p.Width}").Distinct())}] {same.Key.Problem}: "
                    + same.First().Url + (same.Select(p => p.Url).Distinct().Count() is > 1 and var n ? $" (and {n - 1} more addresses)" : "")))));
        output.WriteLine(report);
        Assert.True(problems.Count == 0, $"{problems.Count} problems a person would see:\n{report}");
    }

    /// <summary>The page a problem belongs to: its address up to the query, numbers as {n}.</summary>
    private static string PageOf(string url)
    {
        var path = url.StartsWith("GET ", StringComparison.Ordinal) || url.StartsWith("POST ", StringComparison.Ordinal)
            ? url.Split(' ')[3].Split('?')[0]
            : url.Split('?')[0];
        return System.Text.RegularExpressions.Regex.Replace(path, @"/\d+(?=/|$)", "/{n}");
    }

    /// <summary>
    /// The sample call imported, a first round, a coordinator's decisions (approve, reject with a reason, pair with an
    /// alternative), a mentor city's acceptance, and a second round over it; then the three people who walk the pages.
    /// Returns them and the cities' own texts (which stay as written, in any language).
    /// </summary>
    private async Task<(List<(string Role, string Name, string Home)> People, string Data)> SeedAsync()
    {
        await host.App.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.App);
        await secretariat.WaitUntilHealthyAsync();
        var applicants = await ReadAsync(SampleCall.OpenApplicants);
        var mentors = await ReadAsync(SampleCall.OpenMentors);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", mentors));
        await RunRoundAsync(secretariat);

        var proposals = await ProposalsAsync(secretariat);
        var field = proposals.Where(p => Status(p) == "proposed" && MentorCity(p) is not null)
            .GroupBy(FieldOf).OrderByDescending(g => g.Count()).First();
        var pairs = field.ToList();
        Assert.True(pairs.Count >= 3, $"the sample round proposed only {pairs.Count} pairs in {field.Key}");
        var coordinatorField = CreativeFields.All.First(f => f.DisplayName() == field.Key);
        var coordinator = await ApiSession.CoordinatorAsync(host.App, coordinatorField);
        var (accepted, rejected, reassigned) = (pairs[0], pairs[1], pairs[2]);
        await DecideAsync(coordinator, accepted, "approve", new { note = "Bon accord." });
        await DecideAsync(coordinator, rejected, "reject", new { note = "Le besoin ne correspond pas à l'offre." });
        var alternative = reassigned.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("mentor_id").GetString()).FirstOrDefault();
        if (alternative is not null)
        {
            await DecideAsync(coordinator, reassigned, "reassign", new { mentor_id = alternative, note = "Plus proche." });
        }

        var approvedWaiting = pairs.Skip(3).FirstOrDefault();
        if (approvedWaiting.ValueKind == JsonValueKind.Object)
        {
            await DecideAsync(coordinator, approvedWaiting, "approve", new { note = "" });
        }

        var mentorCity = MentorCity(accepted)!;
        var mentorCountry = accepted.GetProperty("mentor").GetProperty("country_code").GetString()!;
        var mentor = await ApiSession.MentorAsync(host.App, mentorCity, mentorCountry);
        await DecideAsync(mentor, accepted, "accept", new { note = "Avec plaisir." });
        await RunRoundAsync(secretariat);

        var people = new List<(string Role, string Name, string Home)>
        {
            ("secretariat", "sweep-secretariat", "/secretariat"),
            ("coordinator", "sweep-coordinator", "/coordinator"),
            ("mentor", "sweep-mentor", "/mentor"),
        };
        await PageSession.CreateAsync(host.App, new NewUser { Name = "sweep-secretariat", Role = UserRole.Secretariat });
        await PageSession.CreateAsync(host.App, new NewUser { Name = "sweep-coordinator", Role = UserRole.Coordinator, Field = coordinatorField });
        await PageSession.CreateAsync(host.App, new NewUser
        {
            Name = "sweep-mentor", Role = UserRole.Mentor, City = mentorCity, CountryCode = mentorCountry,
        });
        return (people, applicants + "\n" + mentors);
    }

    private static async Task RunRoundAsync(HttpClient secretariat)
    {
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!, TimeSpan.FromSeconds(90));
        Assert.Equal("completed", round.GetProperty("status").GetString());
    }

    /// <summary>A decision through the API; refused ones are fine (the sweep needs some decisions, not these exact ones).</summary>
    private async Task DecideAsync(HttpClient person, JsonElement proposal, string action, object body)
    {
        var response = await person.PostAsJsonAsync($"/api/proposals/{proposal.GetProperty("id").GetInt64()}/{action}", body);
        output.WriteLine($"seed: {action} {proposal.GetProperty("id")} -> {(int)response.StatusCode}");
    }

    private static async Task<List<JsonElement>> ProposalsAsync(HttpClient secretariat) =>
        (await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray().ToList();

    private static string? Status(JsonElement proposal) => proposal.GetProperty("status").GetString();

    private static string FieldOf(JsonElement proposal) => proposal.GetProperty("field").GetString()!;

    private static string? MentorCity(JsonElement proposal) =>
        proposal.TryGetProperty("mentor", out var mentor) && mentor.ValueKind == JsonValueKind.Object
            && mentor.TryGetProperty("city", out var city) ? city.GetString() : null;

    private static async Task<string> ReadAsync(Func<Stream> open)
    {
        await using var stream = open();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
