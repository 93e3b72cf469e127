using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>HTTP clients signed in as the people who use the service.</summary>
public static class ApiSession
{
    public static async Task<HttpClient> SignedInAsync(AppFactory factory, NewUser user)
    {
        var users = factory.Services.GetRequiredService<UserStore>();
        var issued = await users.AddOrRotateAsync(user, CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        return client;
    }

    public static Task<HttpClient> SecretariatAsync(AppFactory factory) =>
        SignedInAsync(factory, new NewUser { Name = "secretariat", Role = UserRole.Secretariat });

    public static Task<HttpClient> CoordinatorAsync(AppFactory factory, CreativeField field) =>
        SignedInAsync(factory, new NewUser { Name = $"coordinator-{field}", Role = UserRole.Coordinator, Field = field });

    public static Task<HttpClient> MentorAsync(AppFactory factory, string city, string countryCode) =>
        SignedInAsync(factory, new NewUser { Name = $"mentor-{city}", Role = UserRole.Mentor, City = city, CountryCode = countryCode });

    /// <summary>Creates a call with the usual dates, as the secretariat does before anything is imported into it.</summary>
    public static async Task CreateCallAsync(this HttpClient secretariat, int year)
    {
        var dates = Matchmaking.Engine.Domain.CallSchedule.ForYear(year);
        var response = await secretariat.PutAsync($"/api/calls/{year}", System.Net.Http.Json.JsonContent.Create(new
        {
            interest_deadline = dates.InterestDeadline,
            partnership_deadline = dates.PartnershipDeadline,
            application_deadline = dates.ApplicationDeadline,
            designations_announced = dates.DesignationsAnnounced,
        }));
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, response);
    }

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string url, string csv) =>
        client.PostAsync(url, new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, JsonDefaults.Options);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, JsonDefaults.Options);

    /// <summary>Waits until the host reports healthy: the scheduler starts just after the application does.</summary>
    public static Task WaitUntilHealthyAsync(this HttpClient client) =>
        Eventually.LastAsync(async () => (await client.GetAsync("/health")).StatusCode, status => status == System.Net.HttpStatusCode.OK);

    /// <summary>Polls a round until the worker has finished it; rounds never run inside the request.</summary>
    public static Task<JsonElement> WaitForRoundAsync(this HttpClient client, Uri location, TimeSpan? timeout = null) =>
        Eventually.LastAsync(
            async () => await (await client.GetAsync(location)).JsonAsync(),
            round => round.GetProperty("status").GetString() is "completed" or "failed", timeout ?? TimeSpan.FromSeconds(60));
}

public static class HttpAssert
{
    /// <summary>Asserts a status code and shows the body (a ProblemDetails, usually) when it differs.</summary>
    public static async Task StatusAsync(System.Net.HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }
}
