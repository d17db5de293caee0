using System.Collections.Concurrent;
using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Load;

/// <summary>
/// <c>dotnet Corridor.Benchmarks.dll load [rate] [seconds] [--warm-up seconds]</c>: the three services as real processes, an open-loop
/// mix of requests at a fixed rate (a slow answer does not slow the sender), then the outbox drain and memory figures.
/// </summary>
public static class LoadRun
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MemoryWindow = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(int rate, TimeSpan duration, TimeSpan warmUp)
    {
        await using var broker = await RabbitMqBroker.AcquireAsync();
        await using var system = await ProcessSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var requests = new LoadRequests(system);
        await requests.SeedAsync(each: 20);
        Console.WriteLine($"load: {rate} requests/s, {warmUp.TotalSeconds:F0} s of warm-up then {duration.TotalSeconds:F0} s measured; {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        // Request numbers run on from the warm-up, so the measured requests keep the same mix and follow the same cursors.
        var warmUpSamples = await SendAtRateAsync(requests, rate, warmUp, firstRequest: 0);
        var memory = new MemorySampler(system.All);
        using var stop = new CancellationTokenSource();
        var sampling = memory.RunAsync(duration, stop.Token);
        var clock = Stopwatch.StartNew();
        var samples = await SendAtRateAsync(requests, rate, duration, firstRequest: warmUpSamples.Count);
        var sent = clock.Elapsed;
        await sampling;
        var drains = await Task.WhenAll(system.All.Select(async s => (s.Name, Drain: await DrainAsync(s))));
        var report = LoadReport.From(rate, duration, sent, samples, warmUpSamples, drains, system.All.Select(s => (s.Name, memory.FirstAndLast(s.Name, MemoryWindow))).ToList());
        report.Print();
        report.Write();
        return report.Errors == 0 && report.WarmUpErrors == 0 && drains.All(d => d.Drain <= DrainLimit) ? 0 : 1;
    }

    // Open loop: request n is sent at n / rate seconds whatever the earlier answers take.
    private static async Task<List<LoadSample>> SendAtRateAsync(LoadRequests requests, int rate, TimeSpan duration, long firstRequest)
    {
        var results = new ConcurrentBag<LoadSample>();
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (long)(rate * duration.TotalSeconds);
        for (long n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            inFlight.Add(TimeAsync(requests, firstRequest + n, clock.Elapsed, results));
        }

        await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromMinutes(2));
        return [.. results];
    }

    private static async Task TimeAsync(LoadRequests requests, long n, TimeSpan sentAt, ConcurrentBag<LoadSample> results)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await requests.SendAsync(n);
            results.Add(new LoadSample(LoadRequests.KindOf(n), sentAt, Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath}"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            results.Add(new LoadSample(LoadRequests.KindOf(n), sentAt, Stopwatch.GetElapsedTime(started), e.GetType().Name));
        }
    }

    // How long after the load until the service's outbox holds no undispatched row.
    private static async Task<TimeSpan> DrainAsync(ServiceProcess service)
    {
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(async () => await Deliveries.PendingOutboxRowsAsync(service) == 0, TimeSpan.FromMinutes(2), $"{service.Name}'s outbox drains (its database and log: {service.DatabasePath})");
        var quarantined = await Deliveries.QuarantinedOutboxRowsAsync(service);
        return quarantined == 0 ? clock.Elapsed : throw new InvalidOperationException($"{service.Name} quarantined {quarantined} outbox rows (log: {service.LogPath})");
    }
}

public sealed record LoadSample(string Kind, TimeSpan SentAt, TimeSpan Latency, string? Error);
