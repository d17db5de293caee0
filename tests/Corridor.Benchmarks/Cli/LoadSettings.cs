using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

public sealed class LoadSettings : CommandSettings
{
    [CommandArgument(0, "[rate]")]
    [Description("Requests per second, open loop. Default 200.")]
    public int Rate { get; init; } = 200;

    [CommandArgument(1, "[seconds]")]
    [Description("How long to send the measured requests. Default 60.")]
    public int Seconds { get; init; } = 60;

    [CommandOption("--warm-up <SECONDS>")]
    [Description("The same mix at the same rate before the measured seconds, reported apart (the services' first requests JIT-compile and build EF queries). Default 10; 0 measures from a cold start.")]
    public int WarmUpSeconds { get; init; } = 10;

    public override ValidationResult Validate() =>
        Rate <= 0 || Seconds <= 0 || WarmUpSeconds < 0
            ? ValidationResult.Error("rate and seconds must be positive, --warm-up zero or more")
            : ValidationResult.Success();
}
