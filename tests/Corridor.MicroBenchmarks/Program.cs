using BenchmarkDotNet.Running;
using Corridor.MicroBenchmarks;

// dotnet run -c Release --project tests/Corridor.MicroBenchmarks -- --filter '*'   (docs/operations/micro-benchmarks.md)
var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly).Run(MicroArguments.ForBenchmarkDotNet(args), MicroConfig.Create()).ToList();
MicroSummary.Write(summaries, Path.Combine(MicroConfig.ArtifactsPath, "summary.md"));
return MicroRunOutcome.ExitCode(summaries, Console.Error);
