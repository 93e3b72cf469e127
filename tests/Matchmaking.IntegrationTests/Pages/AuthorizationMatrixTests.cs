using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Matchmaking.Core;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Core.Rounds;
using Matchmaking.Core.Samples;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// Every action × every kind of person × pages and API: each refused cell must be refused and change nothing, each
/// allowed cell must answer as a success and change what it should. The table of every cell is written to the output.
/// </summary>
public sealed class AuthorizationMatrixTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private const int Year = SampleCall.Year;
    private const string Page = "page";
    private const string Api = "api";
    private static readonly Who[] Everyone = Enum.GetValues<Who>();

    private readonly List<string> _table = [];
    private readonly List<string> _failures = [];

    [Fact]
    public async Task EveryForbiddenCellOfRoleActionAndOwnerIsRefusedAndEveryAllowedOneWorksThroughPagesAndApi()
    {
        await factory.ResetAsync();
        var actors = new MatrixActors(factory);
        var (_, secretariat) = await actors.ForAsync(Who.Secretariat, new Owner(null, null, null));
        await secretariat.WaitUntilHealthyAsync();
        var applicantsCsv = await ReadSampleAsync(SampleCall.OpenApplicants);
        var mentorsCsv = await ReadSampleAsync(SampleCall.OpenMentors);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", mentorsCsv));
        var none = new Owner(null, null, null);

        // Imports: the secretariat only.
        foreach (var channel in new[] { Page, Api })
        {
            await WalkAsync("import applicants", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFileAsync("/secretariat/imports?handler=Applicants", new() { ["year"] = $"{Year}" }, "applicants.csv", applicantsCsv)
                    : session.Api.PostCsvAsync($"/api/calls/{Year}/applicants", applicantsCsv),
                Count("SELECT count(*) FROM imports WHERE kind = 'applicants'"));
        }

        // An applicant's profile through the page: the secretariat only (late, so it changes no pairing below).
        await WalkAsync("add an applicant", Page, none, [Who.Secretariat], actors,
            (who, session) => session.Page.PostFormAsync("/secretariat/applicants", new()
            {
                ["year"] = $"{Year}", ["Id"] = "matrix-applicant", ["City"] = "Sfax", ["CountryCode"] = "TN", ["CreativeField"] = "Film",
                ["Languages"] = "fr", ["SubmittedAt"] = "2027-04-05T10:00:00+02:00", ["Needs"] = "Formation au montage",
            }),
            Count($"SELECT count(*) FROM applicants WHERE call_year = {Year} AND id = 'matrix-applicant'"));

        // A mentor city's offer: the city itself, through both; the secretariat's corrections go through the API only.
        var offer = OwnOffer();
        var offerOwner = new Owner(offer.Field, offer.City, offer.CountryCode);
        var capacity = 2;
        foreach (var channel in new[] { Page, Api })
        {
            await WalkAsync("edit a mentor offer", channel, offerOwner, channel == Page ? [Who.OwnMentor] : [Who.OwnMentor, Who.Secretariat], actors,
                (who, session) =>
                {
                    capacity++;
                    return channel == Page
                        ? session.Page.PostFormAsync($"/mentor/offer/{offer.Id}", new()
                        {
                            ["year"] = $"{Year}", ["Form.Id"] = offer.Id, ["Form.Field"] = offer.Field.DisplayName(), ["Form.Languages"] = "fr;en",
                            ["Form.Capacity"] = $"{capacity}", ["Form.Expertise"] = offer.Expertise, ["Form.SupportForms"] = "field_visit",
                        })
                        : session.Api.PutAsJsonAsync($"/api/calls/{Year}/mentors/{offer.Id}", new
                        {
                            id = offer.Id, city = offer.City, country_code = offer.CountryCode, creative_field = offer.Field.DisplayName(),
                            languages = new[] { "fr", "en" }, capacity, expertise = offer.Expertise, support_forms = new[] { "field_visit" },
                            member_since = offer.MemberSince,
                        });
                },
                Scalar($"SELECT capacity FROM mentor_offers WHERE call_year = {Year} AND id = '{offer.Id}'"),
                effect: (_, after) => Convert.ToInt32(after, System.Globalization.CultureInfo.InvariantCulture) == capacity);
        }

        // The secretariat's offers page corrects any offer.
        await WalkAsync("correct an offer (page)", Page, offerOwner, [Who.Secretariat], actors,
            (who, session) =>
            {
                capacity++;
                return session.Page.PostFormAsync("/secretariat/mentors", new()
                {
                    ["year"] = $"{Year}", ["Id"] = offer.Id, ["City"] = offer.City, ["CountryCode"] = offer.CountryCode,
                    ["CreativeField"] = offer.Field.DisplayName(), ["Languages"] = "fr;en", ["Capacity"] = $"{capacity}",
                    ["Expertise"] = offer.Expertise, ["SupportForms"] = "field_visit",
                });
            },
            Scalar($"SELECT capacity FROM mentor_offers WHERE call_year = {Year} AND id = '{offer.Id}'"),
            effect: (_, after) => Convert.ToInt32(after, System.Globalization.CultureInfo.InvariantCulture) == capacity);

        // Rounds: the secretariat only. Each allowed start runs to the end before the next cell.
        foreach (var channel in new[] { Page, Api })
        {
            await WalkAsync("start a pairing round", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/secretariat/rounds", new() { ["year"] = $"{Year}" })
                    : session.Api.PostAsync($"/api/calls/{Year}/rounds", null),
                Count("SELECT count(*) FROM rounds"));
            await WaitForRoundsAsync();
        }

        // Proposals: each allowed cell needs a pair of its own, since a decision is made once.
        var pool = new Queue<ProposalView>((await Proposals().ListCurrentAsync(Year, default)).Where(p => p.Status == ProposalStatus.Proposed));
        Assert.True(pool.Count >= 10, $"the sample round proposed {pool.Count} pairs; the matrix needs 10");
        foreach (var (action, path) in new[] { ("approve", "Approve"), ("reject", "Reject") })
        {
            foreach (var channel in new[] { Page, Api })
            {
                var target = pool.Dequeue();
                await WalkAsync($"{action} a pair", channel, OwnerOf(target), [Who.OwnCoordinator], actors,
                    (who, session) => channel == Page
                        ? session.Page.PostFormAsync($"/coordinator/proposals/{target.Id}?handler={path}", new() { ["note"] = "matrix" })
                        : session.Api.PostJsonAsync($"/api/proposals/{target.Id}/{action}", new { note = "matrix" }),
                    StatusOf(target.Id));
            }
        }

        foreach (var channel in new[] { Page, Api })
        {
            var (target, mentorId) = await ReassignableAsync(pool);
            await WalkAsync("pick an alternative", channel, OwnerOf(target), [Who.OwnCoordinator], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync($"/coordinator/proposals/{target.Id}?handler=Reassign", new() { ["mentorId"] = mentorId })
                    : session.Api.PostJsonAsync($"/api/proposals/{target.Id}/reassign", new { mentor_id = mentorId }),
                StatusOf(target.Id));
        }

        foreach (var channel in new[] { Page, Api })
        {
            var (target, mentorId) = await ReassignableAsync(pool);
            await WalkAsync("pair by hand", channel, OwnerOf(target), [Who.OwnCoordinator], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/coordinator/pair", new()
                    {
                        ["year"] = $"{Year}", ["applicant"] = target.Applicant.Id, ["mentorId"] = mentorId,
                    })
                    : session.Api.PostJsonAsync($"/api/calls/{Year}/applicants/{target.Applicant.Id}/pair", new { mentor_id = mentorId }),
                StatusOf(target.Id));
        }

        // Answers to approved pairs: the mentor city of the pair only. Declines re-pair their field, so they come last
        // and each in a field of its own.
        var declineFields = new HashSet<CreativeField>();
        foreach (var (action, path) in new[] { ("accept", "Accept"), ("decline", "Decline") })
        {
            foreach (var channel in new[] { Page, Api })
            {
                var target = pool.First(p => action == "accept" || declineFields.Add(p.Field));
                pool = new Queue<ProposalView>(pool.Where(p => p.Id != target.Id && (action == "accept" || p.Field != target.Field)));
                await ApproveAsync(target);
                await WalkAsync($"{action} a pairing request", channel, OwnerOf(target), [Who.OwnMentor], actors,
                    (who, session) => channel == Page
                        ? session.Page.PostFormAsync($"/mentor/requests/{target.Id}?handler={path}", new() { ["note"] = "matrix" })
                        : session.Api.PostJsonAsync($"/api/proposals/{target.Id}/{action}", new { note = "matrix" }),
                    StatusOf(target.Id));
            }
        }

        // Background tasks: the secretariat only. The approvals above scheduled reminders to cancel, then retry.
        var tasks = (await Scalars<long>($"SELECT id FROM follow_ups WHERE call_year = {Year} AND state = 'scheduled' ORDER BY id")).ToList();
        Assert.True(tasks.Count >= 2, "the approvals scheduled fewer than two follow-up tasks");
        foreach (var (action, handler) in new[] { ("cancel", "CancelTask"), ("retry", "RetryTask") })
        {
            foreach (var (channel, task) in new[] { (Page, tasks[0]), (Api, tasks[1]) })
            {
                await WalkAsync($"{action} a task", channel, none, [Who.Secretariat], actors,
                    (who, session) => channel == Page
                        ? session.Page.PostFormAsync($"/secretariat/tasks?handler={handler}", new() { ["id"] = $"{task}", ["year"] = $"{Year}" })
                        : session.Api.PostAsync($"/api/follow-ups/{task}/{action}", null),
                    Scalar($"SELECT state FROM follow_ups WHERE id = {task}"));
            }
        }

        // Calls: the secretariat only creates them (here through the page and the API, each a year of its own).
        foreach (var (channel, year) in new[] { (Page, 2040), (Api, 2041) })
        {
            var usual = Matchmaking.Engine.Domain.CallSchedule.ForYear(year);
            await WalkAsync("create a call", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/secretariat/calls?handler=Save", new() { ["Form.Year"] = $"{year}", ["Form.IsNew"] = "true" })
                    : session.Api.PutAsJsonAsync($"/api/calls/{year}", new
                    {
                        interest_deadline = usual.InterestDeadline, partnership_deadline = usual.PartnershipDeadline,
                        application_deadline = usual.ApplicationDeadline, designations_announced = usual.DesignationsAnnounced,
                    }),
                Count($"SELECT count(*) FROM calls WHERE year = {year}"));
        }

        // People: the secretariat only disables (and so manages) accounts.
        foreach (var channel in new[] { Page, Api })
        {
            var target = $"matrix-target-{channel}";
            await PageSession.CreateAsync(factory, new NewUser { Name = target, Role = UserRole.Secretariat });
            await WalkAsync("disable a user", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/secretariat/users?handler=Disable", new() { ["name"] = target })
                    : session.Api.PostAsync($"/api/users/{target}/disable", null),
                Scalar($"SELECT disabled_at IS NOT NULL FROM users WHERE name = '{target}'"));
        }

        // Text models: the secretariat only trains a candidate (a job) and chooses the active version.
        foreach (var channel in new[] { Page, Api })
        {
            await WalkAsync("train a text model", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/secretariat/models?handler=Train", [])
                    : session.Api.PostAsync("/api/models/train", null),
                Count("SELECT count(*) FROM model_trainings"));
            // A training that promotes its candidate changes the active version: let them finish before that walk.
            await Eventually.UntilAsync(async () => Equals(0L, await Count("SELECT count(*) FROM model_trainings WHERE status IN ('queued', 'running')")()),
                "every training has finished", TimeSpan.FromSeconds(90));
            var (version, _) = await Learning.StoredModels.CandidateAsync(factory);
            await WalkAsync("make a text model active", channel, none, [Who.Secretariat], actors,
                (who, session) => channel == Page
                    ? session.Page.PostFormAsync("/secretariat/models?handler=Activate", new() { ["id"] = $"{version}" })
                    : session.Api.PostAsync($"/api/models/{version}/activate", null),
                Scalar("SELECT coalesce((SELECT id FROM model_versions WHERE active), 0)"));
        }

        await WalkAsync("read the audit log", Page, none, [Who.Secretariat], actors,
            (who, session) => session.Page.Client.GetAsync("/secretariat/audit"), () => Task.FromResult<object>("read-only"),
            effect: (_, _) => true);

        output.WriteLine(string.Join('\n', _table));
        Assert.True(_failures.Count == 0, "Cells that broke the rules:\n" + string.Join('\n', _failures) + "\n\nAll cells:\n" + string.Join('\n', _table));
        Assert.True(_table.Count >= 80, $"only {_table.Count} cells were walked");
    }

    /// <summary>
    /// Tries one action through one channel as every kind of person, the refused ones first: each must be refused and
    /// leave the state as it was; then each allowed one must succeed and change it.
    /// </summary>
    private async Task WalkAsync(
        string action, string channel, Owner owner, Who[] allowed, MatrixActors actors,
        Func<Who, (PageSession Page, HttpClient Api), Task<HttpResponseMessage>> attempt, Func<Task<object>> state,
        Func<object, object, bool>? effect = null)
    {
        foreach (var who in Everyone.Where(w => !allowed.Contains(w)).Concat(allowed))
        {
            var permitted = allowed.Contains(who);
            var before = await state();
            using var response = await attempt(who, await actors.ForAsync(who, owner));
            var after = await state();
            var refused = channel == Page ? PageRefused(response) : response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            var succeeded = channel == Page ? !refused && (int)response.StatusCode < 400 : response.IsSuccessStatusCode;
            var changed = effect?.Invoke(before, after) ?? !Equals(before, after);
            var ok = permitted ? succeeded && changed : refused && Equals(before, after);
            var line = $"{(ok ? "ok  " : "FAIL")} {action,-26} {channel,-4} {who,-16} {(permitted ? "allowed" : "refused"),-8} " +
                       $"→ {(int)response.StatusCode} {response.Headers.Location}  [{before} → {after}]";
            _table.Add(line);
            if (!ok)
            {
                _failures.Add(line + " " + Truncate(await response.Content.ReadAsStringAsync()));
            }
        }
    }

    /// <summary>A page refuses by sending the person to sign in (nobody signed in) or to the access-denied page (403).</summary>
    private static bool PageRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/account/sign-in", StringComparison.Ordinal) || to.Contains("/account/access-denied", StringComparison.Ordinal)));

    private static Owner OwnerOf(ProposalView p) => new(p.Field, p.Mentor.City, p.Mentor.CountryCode);

    private ProposalService Proposals() => factory.Services.GetRequiredService<ProposalService>();

    private async Task ApproveAsync(ProposalView target)
    {
        var coordinator = new CurrentUser { Id = 0, Name = "matrix-setup", Role = UserRole.Coordinator, Field = target.Field };
        var outcome = await Proposals().ApproveAsync(target.Id, coordinator, "set up for the mentor's answer", default);
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
    }

    /// <summary>A proposed pair with an alternative mentor that still has a free place.</summary>
    private async Task<(ProposalView Target, string MentorId)> ReassignableAsync(Queue<ProposalView> pool)
    {
        await using var connection = factory.OpenConnection();
        foreach (var p in pool)
        {
            foreach (var alternative in AlternativesOf(p))
            {
                var room = await connection.ExecuteScalarAsync<int>("""
                    SELECT m.capacity - (
                        SELECT count(DISTINCT x.applicant_id) FROM proposals x
                        WHERE x.call_year = m.call_year AND x.mentor_id = m.id AND x.applicant_id <> @applicant
                          AND (x.status IN ('approved', 'established') OR (x.status = 'proposed' AND x.round_id = @round)))
                    FROM mentor_offers m WHERE m.call_year = @year AND m.id = @mentor
                    """, new { applicant = p.Applicant.Id, round = p.RoundId, year = Year, mentor = alternative });
                if (room > 0)
                {
                    var rest = pool.Where(x => x.Id != p.Id).ToList();
                    pool.Clear();
                    rest.ForEach(pool.Enqueue);
                    return (p, alternative);
                }
            }
        }

        throw new InvalidOperationException("No proposed pair has an alternative with room.");
    }

    private static IEnumerable<string> AlternativesOf(ProposalView p) =>
        p.Alternatives.EnumerateArray().Select(a => a.GetProperty("mentor_id").GetString()!);

    private static MentorOffer OwnOffer()
    {
        var members = ReferenceDataSet.Load().Members;
        using var stream = SampleCall.OpenMentors();
        var batch = Core.Ingestion.ProfileReader.ReadMentorsAsync(stream, Core.Ingestion.ImportFormat.Csv, "sample", default).GetAwaiter().GetResult();
        return batch.Accepted.Select(a => a.Record).First(o => members.Any(m =>
            m.Field == o.Field && string.Equals(m.CountryCode, o.CountryCode, StringComparison.Ordinal)
            && string.Equals(CityNames.Key(m.City), CityNames.Key(o.City), StringComparison.Ordinal)));
    }

    private async Task WaitForRoundsAsync()
    {
        var rounds = factory.Services.GetRequiredService<RoundService>();
        await Eventually.UntilAsync(
            async () => !(await rounds.ListAsync(Year, default)).Any(r => r.Status is RoundStatus.Queued or RoundStatus.Running),
            "every round has finished", TimeSpan.FromSeconds(90));
    }

    private Func<Task<object>> StatusOf(long proposalId) => Scalar($"SELECT status FROM proposals WHERE id = {proposalId}");

    private Func<Task<object>> Count(string sql) => Scalar(sql);

    private Func<Task<object>> Scalar(string sql) => async () =>
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<object>(sql) ?? "null";
    };

    private async Task<IEnumerable<T>> Scalars<T>(string sql)
    {
        await using var connection = factory.OpenConnection();
        return await connection.QueryAsync<T>(sql);
    }

    private static async Task<string> ReadSampleAsync(Func<Stream> open)
    {
        await using var stream = open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
