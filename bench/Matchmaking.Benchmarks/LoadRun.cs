using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Matchmaking.Benchmarks;

/// <summary>
/// Open-loop load on a running service: requests are started on a fixed schedule (not when the previous one answers), so
/// a slow answer cannot lower the offered rate and hide itself. Prints the latency percentiles of each URL.
/// </summary>
internal static class LoadRun
{
    /// <param name="args">base URL, bearer token, requests per second, seconds, then one or more paths.</param>
    public static async Task RunAsync(string[] args)
    {
        var baseUrl = new Uri(args[0]);
        var token = args[1];
        var rate = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Console.WriteLine($"{"path",-40} {"rate",6} {"sent",6} {"errors",6} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var path in args[4..])
        {
            // Warm-up: connections opened, JIT done, caches filled, at the same rate for two seconds.
            await LoadAsync(http, path, rate, 2);
            var (latencies, errors) = await LoadAsync(http, path, rate, seconds);
            latencies.Sort();
            double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-40} {rate,6} {latencies.Count + errors,6} {errors,6} {P(0.50),8:F2} {P(0.90),8:F2} {P(0.99),8:F2} {latencies.LastOrDefault(),8:F2}"));
        }
    }

    private static async Task<(List<double> Latencies, int Errors)> LoadAsync(HttpClient http, string path, int rate, int seconds)
    {
        var total = rate * seconds;
        var tasks = new Task<double>[total];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            tasks[i] = TimeAsync(http, path);
        }

        var errors = 0;
        var latencies = new List<double>(total);
        foreach (var task in tasks)
        {
            var ms = await task;
            if (ms < 0)
            {
                errors++;
            }
            else
            {
                latencies.Add(ms);
            }
        }

        return (latencies, errors);
    }

    private static async Task<double> TimeAsync(HttpClient http, string path)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode ? Stopwatch.GetElapsedTime(start).TotalMilliseconds : -1;
        }
        catch (HttpRequestException)
        {
            return -1;
        }
        catch (TaskCanceledException)
        {
            return -1;
        }
    }
}
