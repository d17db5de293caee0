namespace Corridor.MicroBenchmarks;

/// <summary>
/// The benchmarks run in process (BenchmarkDotNet's InProcessEmitToolchain) unless <c>--outOfProcess</c> is given. The
/// default toolchain builds a generated project that rebuilds Lists, BuildingBlocks and the contracts into its own
/// output: on these shared 2 cores that took longer than BenchmarkDotNet's 2-minute build timeout (raise it with
/// <c>--buildTimeout</c> when running out of process).
/// </summary>
public static class MicroArguments
{
    public const string InProcess = "--inProcess";

    public const string OutOfProcess = "--outOfProcess";

    public static string[] ForBenchmarkDotNet(string[] args)
    {
        if (args.Contains(OutOfProcess, StringComparer.OrdinalIgnoreCase))
        {
            return [.. args.Where(a => !a.Equals(OutOfProcess, StringComparison.OrdinalIgnoreCase))];
        }

        return args.Any(a => a.Equals(InProcess, StringComparison.OrdinalIgnoreCase) || a == "-i") ? args : [.. args, InProcess];
    }
}
