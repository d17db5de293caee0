namespace Corridor.Sync.Cli;

/// <summary>Reports synchronously on the reporting thread (<see cref="Progress{T}"/> would post them out of order).</summary>
public sealed class ProgressReporter<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
