using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

public sealed class MirrorSettings : CommandSettings
{
    [CommandArgument(0, "[writes]")]
    [Description("Writes in all, shared by the writers. Default 100,000 (the issue's figure).")]
    public int Writes { get; init; } = 100_000;

    [CommandArgument(1, "[writers]")]
    [Description("Concurrent writers. Default 8.")]
    public int Writers { get; init; } = 8;

    [CommandOption("--down <SECONDS>")]
    [Description("How long the killed pull stays down before it is started again. Default 2.")]
    public double DownSeconds { get; init; } = 2;

    [CommandOption("--max-writing <SECONDS>")]
    [Description("The writers stop here even with writes left (the run then fails; the kills fall at a third and two thirds of it then). Default 480, so the whole run stays near 10 minutes.")]
    public int MaxWritingSeconds { get; init; } = 480;

    public override ValidationResult Validate() =>
        Writes < 3 || Writers <= 0 || DownSeconds < 0 || MaxWritingSeconds <= 0
            ? ValidationResult.Error("writes must be 3 or more, writers and --max-writing positive, --down zero or more")
            : ValidationResult.Success();
}
