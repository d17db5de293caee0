using System.ComponentModel;
using Corridor.Benchmarks.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary>Options of the measuring commands: the full run's scale unless overridden.</summary>
public sealed class RunSettings : CommandSettings
{
    [CommandOption("-r|--repetitions <COUNT>")]
    [Description("Repetitions of each measurement (median, min and max are over these). Default 3.")]
    public int? Repetitions { get; init; }

    [CommandOption("-s|--seconds <SECONDS>")]
    [Description("Duration of each timed repetition. Default 3.")]
    public double? Seconds { get; init; }

    [CommandOption("-w|--warm-up <SECONDS>")]
    [Description("Unrecorded warm-up before each timed row's repetitions. Default 5.")]
    public double? WarmUp { get; init; }

    [CommandOption("--rate <EVENTS_PER_SECOND>")]
    [Description("Rate of the event-latency path's approvals. Default 500.")]
    public int? Rate { get; init; }

    public override ValidationResult Validate() =>
        Repetitions <= 0 || Seconds <= 0 || WarmUp < 0 || Rate <= 0
            ? ValidationResult.Error("--repetitions, --seconds and --rate must be positive, --warm-up zero or more")
            : ValidationResult.Success();

    public BenchScale Scale(BenchScale preset) => preset with
    {
        Repetitions = Repetitions ?? preset.Repetitions,
        Duration = Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : preset.Duration,
        Warmup = WarmUp is { } warmUp ? TimeSpan.FromSeconds(warmUp) : preset.Warmup,
        LatencyRate = Rate ?? preset.LatencyRate,
    };
}
