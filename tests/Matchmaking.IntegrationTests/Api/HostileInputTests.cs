using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Matchmaking.Core.Reports;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>What a careless or hostile sender gets: 4xx in words, never a 500, and nothing half-written.</summary>
public sealed class HostileInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;
    private const string Header = "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls";

    [Fact]
    public async Task AnImportOverItsLimitIs413ProblemDetailsThatStatesTheLimit()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var response = await secretariat.PostAsync($"/api/calls/{Year}/applicants", Body(40 << 20, "text/csv"));

        await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        var problem = await response.JsonAsync();
        Assert.Equal(16L << 20, problem.GetProperty("limit_bytes").GetInt64());
        Assert.Contains("at most 16 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("40 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportWithoutALengthIsCutOffAtTheLimitWith413()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 17 << 20))));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{Year}/applicants") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await secretariat.SendAsync(request);

        await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Equal(16L << 20, (await response.JsonAsync()).GetProperty("limit_bytes").GetInt64());
    }

    [Fact]
    public async Task ADecisionBodyOverTheSmallLimitIs413()
    {
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var response = await secretariat.PutAsync($"/api/calls/{Year}", Body(1 << 20, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Contains("at most 256 KB", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportPageAnswersAFileOverTheLimitWithAReadablePage()
    {
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "secretariat-page", Role = UserRole.Secretariat });
        var form = new MultipartFormDataContent
        {
            { new StringContent(Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
            { Body(40 << 20, "text/csv"), "file", "applicants.csv" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/secretariat/imports?handler=Applicants") { Content = form };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await page.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file is too large", html, StringComparison.Ordinal);
        Assert.Contains("at most 16 MB", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/secretariat/imports\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRecordWithANulAmongThousandsIsRejectedNamingItsFieldAndTheOthersAreImported()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 5000; i++)
        {
            var needs = i == 1234 ? "Festival\0 strategy" : "Festival strategy and artist development";
            var city = i == 2345 ? "Kum\u001Basi" : "Kumasi";
            var profile = i == 3456 ? new string('p', 10_000) : "A city of music";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"app-{i},{city},GH,Music,en,2027-03-10T10:00:00+00:00,\"{needs}\",\"{profile}\",\n");
        }

        var response = await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", csv.ToString());

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var outcome = await response.JsonAsync();
        Assert.Equal(4997, outcome.GetProperty("accepted").GetInt32());
        Assert.Equal(3, outcome.GetProperty("rejected").GetInt32());
        var reasons = outcome.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() == "rejected")
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("errors")[0]);
        Assert.Equal("needs", reasons["app-1234"].GetProperty("field").GetString());
        Assert.Contains("NUL (U+0000)", reasons["app-1234"].GetProperty("cause").GetString(), StringComparison.Ordinal);
        Assert.Equal("city", reasons["app-2345"].GetProperty("field").GetString());
        Assert.Equal("profile", reasons["app-3456"].GetProperty("field").GetString());
        Assert.Contains("10,000 characters long; at most 5,000", reasons["app-3456"].GetProperty("cause").GetString(), StringComparison.Ordinal);

        await using var connection = factory.OpenConnection();
        Assert.Equal(4997, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM applicants WHERE call_year = @Year", new { Year }));
        Assert.Equal("Festival\u2400 strategy", await connection.ExecuteScalarAsync<string>(
            "SELECT raw->>'needs' FROM rejected_records WHERE record_id = 'app-1234'"));
    }

    [Fact]
    public async Task ANoteLongerThanThePagesAllowIsRefusedNamingTheNote()
    {
        var coordinator = await ApiSession.CoordinatorAsync(factory, Engine.Domain.CreativeField.Music);

        var response = await coordinator.PostJsonAsync("/api/proposals/1/approve", new { note = new string('n', 10_000) });

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("at most 500", errors.GetProperty("note")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedJsonBodyNamesThePositionInTheSendersTerms()
    {
        var coordinator = await ApiSession.CoordinatorAsync(factory, Engine.Domain.CreativeField.Music);

        var response = await coordinator.PostAsync("/api/proposals/1/approve",
            new StringContent("{\n  \"note\": \"good fit\n}", Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var problem = await response.JsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("line 2", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("parameter", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongTypeNamesTheFieldAndAMissingFieldIsNamed()
    {
        var coordinator = await ApiSession.CoordinatorAsync(factory, Engine.Domain.CreativeField.Music);

        var wrongType = await coordinator.PostAsync("/api/proposals/1/approve",
            new StringContent("{\"note\": 42}", Encoding.UTF8, "application/json"));
        var missing = await coordinator.PostJsonAsync("/api/proposals/1/reassign", new { note = "another" });

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, wrongType);
        Assert.Contains("'note'", (await wrongType.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, missing);
        Assert.Contains("mentor_id is required", (await missing.JsonAsync()).GetProperty("errors").GetProperty("mentor_id")[0].GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOfAnotherTypeOnAJsonEndpointIs415NamingWhatIsAccepted()
    {
        var coordinator = await ApiSession.CoordinatorAsync(factory, Engine.Domain.CreativeField.Music);

        var response = await coordinator.PostAsync("/api/proposals/1/approve", new StringContent("note=ok", Encoding.UTF8, "text/plain"));

        await HttpAssert.StatusAsync(HttpStatusCode.UnsupportedMediaType, response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Content-Type: application/json", StringComparison.Ordinal), body);
    }

    [Fact]
    public void TheClosingReportCsvNeutralisesFormulas()
    {
        var report = new ClosingReport
        {
            CallYear = Year,
            GeneratedAt = DateTimeOffset.UnixEpoch,
            Established = [],
            Unmatched =
            [
                new() { ApplicantId = "=1+1", ApplicantCity = "=HYPERLINK(\"http://x\",\"y\")", ApplicantCountry = "@SUM(A1)", Field = "Music", Reasons = ["+x", "-y"] },
                new() { ApplicantId = "a2", ApplicantCity = "\tTab", ApplicantCountry = "\rCR", Field = "Music", Reasons = [] },
            ],
        };

        var lines = ClosingReportService.ToCsv(report).Split('\n');

        Assert.Equal("\"'=1+1\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'@SUM(A1)\",Music,unmatched,,,,,\"'+x;-y\"", lines[1]);
        Assert.Equal("a2,\"'\tTab\",\"'\rCR\",Music,unmatched,,,,,", lines[2]);
    }

    private static ByteArrayContent Body(int bytes, string contentType)
    {
        var content = new ByteArrayContent(new byte[bytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
