using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.Changes;

/// <summary>
/// Holds one connection that LISTENs on 'matchmaking_changes' (migration 0009) and moves the <see cref="ChangeFeed"/>'s
/// stamp on each notice. It checks the connection when no notice came for a while, and reconnects with backoff after a
/// failure; while it is not connected the caches read through.
/// </summary>
internal sealed class ChangeListener(NpgsqlDataSource dataSource, ChangeFeed feed, TimeProvider time, ILogger<ChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "matchmaking_changes";
    private static readonly TimeSpan CheckAfter = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                feed.SetLive(false);
                LogMessages.ChangeListenerDown(logger, e, backoff);
                await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
                continue;
            }

            backoff = TimeSpan.FromMilliseconds(250);
        }

        feed.SetLive(false);
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, _) => feed.Invalidate();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        feed.SetLive(true);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!await connection.WaitAsync(CheckAfter, stoppingToken))
                {
                    // No notice for a while: make sure the server is still there, or the caches would trust a dead line.
                    await using var check = new NpgsqlCommand("SELECT 1", connection);
                    await check.ExecuteScalarAsync(stoppingToken);
                }
            }
        }
        finally
        {
            feed.SetLive(false);
        }
    }
}
