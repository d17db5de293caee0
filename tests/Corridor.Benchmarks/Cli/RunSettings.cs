using System.ComponentModel;
using Corridor.Benchmarks.Runner;
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

    [CommandOption("--rate <EVENTS_PER_SECOND>")]
    [Description("Rate of the event-latency path's approvals. Default 500.")]
    public int? Rate { get; init; }

    public BenchScale Scale(BenchScale preset) => preset with
    {
        Repetitions = Repetitions ?? preset.Repetitions,
        Duration = Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : preset.Duration,
        LatencyRate = Rate ?? preset.LatencyRate,
    };
}
