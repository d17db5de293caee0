using System.ComponentModel;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

public sealed class LoadSettings : CommandSettings
{
    [CommandArgument(0, "[rate]")]
    [Description("Requests per second, open loop. Default 200.")]
    public int Rate { get; init; } = 200;

    [CommandArgument(1, "[seconds]")]
    [Description("How long to send. Default 60.")]
    public int Seconds { get; init; } = 60;
}
