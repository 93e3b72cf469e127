using System.Text.RegularExpressions;
using Dapper;
using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Dashboard;

/// <summary>Follow-up tasks with a Hangfire job of their own, for the dashboard to act on, and what the dashboard page carries.</summary>
internal static partial class DashboardTasks
{
    public const int Year = 2027;
    public const string Title = "Broken kind, call 2027";

    /// <summary>
    /// A task whose work always fails (its kind is unknown), due at <paramref name="dueAt"/>, with the job that wakes it
    /// then: at once when that is past, otherwise a scheduled job.
    /// </summary>
    public static async Task<(long Id, string JobId)> WakeBrokenTaskAsync(AppFactory app, DateTimeOffset dueAt)
    {
        await app.Services.GetRequiredService<CallStore>().EnsureAsync(Year, default);
        long id;
        await using (var connection = app.OpenConnection())
        {
            id = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO follow_ups (call_year, kind, subject, due_at, state, idempotency_key, created_at)
                VALUES (@Year, 'broken_kind', 'a task whose work always fails', @dueAt, 'scheduled', @key, @dueAt)
                RETURNING id
                """, new { Year, dueAt = dueAt.ToUniversalTime(), key = $"test:dashboard:{Guid.NewGuid():N}" });
        }

        var jobId = await app.Services.GetRequiredService<FollowUpJobs>().WakeAsync(id, Title, dueAt, default);
        return (id, jobId);
    }

    public static async Task<TaskRow> RowAsync(AppFactory app, long id)
    {
        await using var connection = app.OpenConnection();
        return await connection.QuerySingleAsync<TaskRow>(
            "SELECT state, attempts, next_attempt_at, job_id FROM follow_ups WHERE id = @id", new { id });
    }

    /// <summary>The follow-up audit entries, oldest first, as "action by actor".</summary>
    public static async Task<List<string>> AuditAsync(AppFactory app, long id)
    {
        await using var connection = app.OpenConnection();
        return (await connection.QueryAsync<string>(
            "SELECT action || ' by ' || actor FROM audit_log WHERE entity = 'follow_up' AND entity_id = @id ORDER BY id",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).AsList();
    }

    /// <summary>The anti-forgery header name and token the dashboard page gives its own scripts.</summary>
    public static (string Header, string Token) AntiforgeryOf(string dashboardHtml)
    {
        var header = CsrfHeader().Match(dashboardHtml);
        var token = CsrfToken().Match(dashboardHtml);
        Assert.True(header.Success && token.Success, "the dashboard page carries no csrf-header / csrf-token meta elements");
        return (header.Groups[1].Value, token.Groups[1].Value);
    }

    /// <summary>The path of the dashboard's own script bundle, as its page links it.</summary>
    public static string ScriptOf(string dashboardHtml)
    {
        var script = Script().Match(dashboardHtml);
        Assert.True(script.Success, "the dashboard page links no script of its own");
        return script.Groups[1].Value;
    }

    [GeneratedRegex("<script src=\"(/hangfire/js[^\"]*)\"")]
    private static partial Regex Script();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}

internal sealed class TaskRow
{
    public string State { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public string? JobId { get; init; }
}
