using Corridor.Testing.Processes;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// Runs <c>count</c> approvals and <c>count</c> problem resolutions against Lists on a few parallel workers, whatever
/// is killed meanwhile: a flow cut by a dead Lists is counted as interrupted (what it committed still counts, the
/// run checks the outbox, not the flows), and the worker waits for Lists to come back. A request that neither
/// answers nor fails within the client's timeout is a hang and is counted as such.
/// </summary>
public sealed class Traffic(ServiceProcess lists, int count, int workers)
{
    private int _next;
    private int _completed;
    private int _interrupted;
    private int _hangs;

    public int Completed => Volatile.Read(ref _completed);

    public int Interrupted => Volatile.Read(ref _interrupted);

    public int Hangs => Volatile.Read(ref _hangs);

    public int Total => 2 * count;

    public Task RunAsync() => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    private async Task WorkAsync()
    {
        while (Interlocked.Increment(ref _next) is var number && number <= Total)
        {
            try
            {
                await (number % 2 == 0 ? Workflows.ApproveProjectAsync(lists, number) : Workflows.ResolveProblemAsync(lists, number));
                Interlocked.Increment(ref _completed);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _interrupted);
                await lists.WaitUntilReadyAsync();
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref _hangs);
                await lists.WaitUntilReadyAsync();
            }
        }
    }

    /// <summary>Completes when at least <paramref name="fraction"/> of the flows have ended (bounded by the caller's wait).</summary>
    public async Task ReachedAsync(double fraction, TimeSpan timeout)
    {
        await Corridor.TestKit.Eventually.TrueAsync(
            () => Task.FromResult(Completed + Interrupted + Hangs >= fraction * Total),
            timeout,
            $"the traffic reaches {fraction:P0} of {Total} flows");
    }
}
