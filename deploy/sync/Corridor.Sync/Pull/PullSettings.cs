using System.ComponentModel;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Pull;

public sealed class PullSettings : MirrorSettings
{
    [CommandOption("--limit <N>")]
    [Description("Changes per page (1..1000).")]
    [DefaultValue(200)]
    public int Limit { get; set; } = 200;

    [CommandOption("-f|--follow")]
    [Description("Keep polling for new changes once caught up, until Ctrl+C (or --until-idle / --max-duration).")]
    public bool Follow { get; set; }

    [CommandOption("--poll-interval <DURATION>")]
    [Description("With --follow: the pause between polls once caught up.")]
    [DefaultValue("2s")]
    public string PollInterval { get; set; } = "2s";

    [CommandOption("--until-idle <DURATION>")]
    [Description("With --follow: stop a service once it has seen no change for this long.")]
    public string? UntilIdle { get; set; }

    [CommandOption("--max-duration <DURATION>")]
    [Description("Stop after this long (between pages; what was pulled stays).")]
    public string? MaxDuration { get; set; }

    [CommandOption("--no-progress")]
    [Description("No progress bars (they are off anyway when the output is not a terminal).")]
    public bool NoProgress { get; set; }

    public TimeSpan PollIntervalValue => Durations.TryParse(PollInterval, out var value) ? value : TimeSpan.FromSeconds(2);

    public TimeSpan? UntilIdleValue => Durations.TryParse(UntilIdle, out var value) ? value : null;

    public TimeSpan? MaxDurationValue => Durations.TryParse(MaxDuration, out var value) ? value : null;

    public override ValidationResult Validate()
    {
        if (Limit is < 1 or > 1000)
        {
            return ValidationResult.Error("--limit must be between 1 and 1000.");
        }

        foreach (var (option, value) in new[] { ("--poll-interval", PollInterval), ("--until-idle", UntilIdle), ("--max-duration", MaxDuration) })
        {
            if (value is not null && !Durations.TryParse(value, out _))
            {
                return ValidationResult.Error($"{option} '{value}' is not a duration (e.g. 30s, 5m, 1h).");
            }
        }

        if (UntilIdle is not null && !Follow)
        {
            return ValidationResult.Error("--until-idle only makes sense with --follow.");
        }

        return base.Validate();
    }
}
