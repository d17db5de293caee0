using Corridor.Benchmarks.Runner;

namespace Corridor.Benchmarks.Paths;

/// <summary>One measured path of issue 16: its scenarios, their baseline measured in the same run, and its targets.</summary>
public interface IBenchPath
{
    /// <summary>The subcommand and the JSON key.</summary>
    string Name { get; }

    string Title { get; }

    Task<IReadOnlyList<Row>> RunAsync(BenchContext context);
}
