using System.Collections.Concurrent;
using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Load;

/// <summary>
/// <c>dotnet Corridor.Benchmarks.dll load [rate] [seconds]</c>: the three services as real processes, an open-loop
/// mix of requests at a fixed rate (a slow answer does not slow the sender), then the outbox drain and memory figures.
/// </summary>
public static class LoadRun
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MemoryWindow = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var rate = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var duration = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
        await using var broker = await RabbitMqBroker.AcquireAsync();
        await using var system = await ProcessSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var requests = new LoadRequests(system);
        await requests.SeedAsync(each: 20);
        Console.WriteLine($"load: {rate} requests/s for {duration.TotalSeconds:F0} s; {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        var results = new ConcurrentBag<LoadSample>();
        var memory = new MemorySampler(system.All);
        using var stop = new CancellationTokenSource();
        var sampling = memory.RunAsync(duration, stop.Token);
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

            inFlight.Add(TimeAsync(requests, n, results));
        }

        await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromMinutes(2));
        var sent = clock.Elapsed;
        await sampling;
        var drains = await Task.WhenAll(system.All.Select(async s => (s.Name, Drain: await DrainAsync(s))));
        var report = LoadReport.From(rate, duration, sent, results.ToList(), drains, system.All.Select(s => (s.Name, memory.FirstAndLast(s.Name, MemoryWindow))).ToList());
        report.Print();
        report.Write();
        return report.Errors == 0 && drains.All(d => d.Drain <= DrainLimit) ? 0 : 1;
    }

    private static async Task TimeAsync(LoadRequests requests, long n, ConcurrentBag<LoadSample> results)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await requests.SendAsync(n);
            results.Add(new LoadSample(LoadRequests.KindOf(n), Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath}"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            results.Add(new LoadSample(LoadRequests.KindOf(n), Stopwatch.GetElapsedTime(started), e.GetType().Name));
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

public sealed record LoadSample(string Kind, TimeSpan Latency, string? Error);
