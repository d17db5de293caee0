using System.Collections.Concurrent;
using System.Diagnostics;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Mirror;

/// <summary>
/// The concurrent writers of the mirror run sharing one budget of writes: each takes the next write number until the
/// budget is spent. Every <see cref="SampleEvery"/>th write that answers with a version is handed to the lag probe.
/// </summary>
internal sealed class MirrorWriters(ProcessSystem system, int writes, int writers, int seed, LagProbe probe)
{
    private readonly ConcurrentDictionary<string, int> _done = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private long _taken;
    private long _answered;
    private int _lostRaces;

    /// <summary>At most about 2,000 samples, whatever the number of writes.</summary>
    public long SampleEvery { get; } = Math.Max(1, writes / 2000);

    public long AnsweredWrites => Interlocked.Read(ref _answered);

    public IReadOnlyDictionary<string, int> Done => _done;

    public int LostRaces => Volatile.Read(ref _lostRaces);

    public IReadOnlyCollection<string> Errors => _errors;

    public async Task RunAsync(CancellationToken stop)
    {
        var all = Enumerable.Range(0, writers).Select(i => new MirrorWriter(this, system, i, seed)).ToList();
        try
        {
            await Task.WhenAll(all.Select(w => Task.Run(() => w.RunAsync(stop), CancellationToken.None)));
        }
        finally
        {
            all.ForEach(w => w.Dispose());
        }
    }

    public bool TryTakeWrite(out long n)
    {
        n = Interlocked.Increment(ref _taken);
        return n <= writes;
    }

    public void Answered(string operation, WriteAnswer answer, string? error)
    {
        Interlocked.Increment(ref _answered);
        if (answer.Succeeded)
        {
            _done.AddOrUpdate(operation, 1, (_, count) => count + 1);
        }
        else if (answer.LostRace)
        {
            Interlocked.Increment(ref _lostRaces);
        }
        else
        {
            _errors.Enqueue(error ?? $"{operation}: {(int)answer.Status}");
        }
    }

    public void Failed(string error)
    {
        Interlocked.Increment(ref _answered);
        _errors.Enqueue(error);
    }

    /// <summary>A read before a write (its ETag) failed: an error, not a write.</summary>
    public void ReadFailed(string error) => _errors.Enqueue(error);

    public void Sample(long n, string service, string recordType, Guid id, WriteAnswer answer)
    {
        if (n % SampleEvery == 0 && answer.Version is { } version)
        {
            probe.Add(new LagSample(n, service, recordType, id, version, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>A retracted problem: a sample of it the mirror has not shown yet never will be.</summary>
    public void Forget(Guid id, WriteAnswer? delete)
    {
        if (delete is { Succeeded: true })
        {
            probe.Forget(id);
        }
    }
}
