using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Load;

/// <summary>Samples each service process's resident set size (/proc/&lt;pid&gt;/status VmRSS) once a second.</summary>
public sealed class MemorySampler(IReadOnlyList<ServiceProcess> services)
{
    private readonly List<(TimeSpan At, string Service, long RssKiB)> _samples = [];

    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (clock.Elapsed < duration && await timer.WaitForNextTickAsync(cancellationToken))
        {
            foreach (var service in services)
            {
                _samples.Add((clock.Elapsed, service.Name, ReadRssKiB(service.ProcessId)));
            }
        }
    }

    /// <summary>Mean RSS (MiB) of a service over the first and the last <paramref name="window"/> of the run.</summary>
    public (double First, double Last) FirstAndLast(string service, TimeSpan window)
    {
        var own = _samples.Where(s => s.Service == service).ToList();
        var end = own.Max(s => s.At);
        return (own.Where(s => s.At <= window).Average(s => s.RssKiB) / 1024, own.Where(s => s.At >= end - window).Average(s => s.RssKiB) / 1024);
    }

    private static long ReadRssKiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
