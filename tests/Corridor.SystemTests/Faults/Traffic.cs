using Corridor.Testing.Processes;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// Runs at least <c>count</c> approvals and <c>count</c> problem resolutions against Lists on a few parallel workers,
/// and goes on past that until the run says its faults have all landed, so every fault strikes live traffic however
/// slow the machine is. A flow cut by a dead Lists is counted as interrupted (what it committed still counts: the run
/// checks the outbox, not the flows) and the worker waits for Lists to come back. A request that neither answers nor
/// fails within the client's timeout is a hang and is counted as such.
/// </summary>
public sealed class Traffic(ServiceProcess lists, int count, int workers)
{
    private readonly TaskCompletionSource _faultsLanded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;
    private int _started;
    private int _approvals;
    private int _resolutions;
    private int _interrupted;
    private int _hangs;

    public int Minimum => 2 * count;

    public int Started => Volatile.Read(ref _started);

    public int Completed => Approvals + Resolutions;

    public int Approvals => Volatile.Read(ref _approvals);

    public int Resolutions => Volatile.Read(ref _resolutions);

    public int Interrupted => Volatile.Read(ref _interrupted);

    public int Hangs => Volatile.Read(ref _hangs);

    public int Ended => Completed + Interrupted + Hangs;

    public int InFlight => Started - Ended;

    /// <summary>The flows run; after the run, every one that was started.</summary>
    public int Total => Started;

    public Task RunAsync() => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    /// <summary>Lets the traffic end once it has run its <see cref="Minimum"/>.</summary>
    public void FaultsLanded() => _faultsLanded.TrySetResult();

    /// <summary>Completes when at least <paramref name="fraction"/> of the <see cref="Minimum"/> flows have ended (bounded).</summary>
    public Task ReachedAsync(double fraction, TimeSpan timeout) =>
        Corridor.TestKit.Eventually.TrueAsync(() => Ended >= fraction * Minimum, timeout, $"the traffic reaches {fraction:P0} of {Minimum} flows");

    private async Task WorkAsync()
    {
        while (Interlocked.Increment(ref _next) is var number && (number <= Minimum || !_faultsLanded.Task.IsCompleted))
        {
            Interlocked.Increment(ref _started);
            var approval = number % 2 == 0;
            try
            {
                await (approval ? Workflows.ApproveProjectAsync(lists, number) : Workflows.ResolveProblemAsync(lists, number));
                if (approval)
                {
                    Interlocked.Increment(ref _approvals);
                }
                else
                {
                    Interlocked.Increment(ref _resolutions);
                }
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
}
