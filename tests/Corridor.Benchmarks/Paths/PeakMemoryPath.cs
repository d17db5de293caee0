using Corridor.Benchmarks.Runner;

namespace Corridor.Benchmarks.Paths;

/// <summary>Each service process's peak working set (VmHWM) so far: run last, it covers every path before it.</summary>
public sealed class PeakMemoryPath : IBenchPath
{
    public string Name => "memory";

    public string Title => "peak working set of each service process over the paths run before (VmHWM)";

    public Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        IReadOnlyList<Row> rows = context.System.All.Select(service =>
        {
            var peak = Machine.PeakWorkingSetMiB(service.ProcessId);
            return Row.Figure($"{service.Name} peak working set", "MiB", [peak]).With(Target.AtMost("≤250 MB", peak * 1.048576, 250));
        }).ToList();
        return Task.FromResult(rows);
    }
}
