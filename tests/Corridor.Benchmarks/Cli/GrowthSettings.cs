using System.ComponentModel;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

public sealed class GrowthSettings : CommandSettings
{
    [CommandOption("--small <COUNT>")]
    [Description("Problems stored in the first measurement. Default 10,000.")]
    public int Small { get; init; } = 10_000;

    [CommandOption("--large <COUNT>")]
    [Description("Problems stored in the second. Default 1,000,000.")]
    public int Large { get; init; } = 1_000_000;

    [CommandOption("-r|--repetitions <COUNT>")]
    public int? Repetitions { get; init; }

    [CommandOption("-s|--seconds <SECONDS>")]
    public double? Seconds { get; init; }
}
