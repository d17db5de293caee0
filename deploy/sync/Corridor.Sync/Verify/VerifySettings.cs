using System.ComponentModel;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Verify;

public sealed class VerifySettings : MirrorSettings
{
    [CommandOption("--limit <N>")]
    [Description("Records per page of the services' state (1..1000).")]
    [DefaultValue(1000)]
    public int Limit { get; set; } = 1000;

    [CommandOption("--show <N>")]
    [Description("List at most this many differences (all are counted).")]
    [DefaultValue(50)]
    public int Show { get; set; } = 50;

    public override ValidationResult Validate()
    {
        if (Limit is < 1 or > 1000)
        {
            return ValidationResult.Error("--limit must be between 1 and 1000.");
        }

        return Show < 0 ? ValidationResult.Error("--show cannot be negative.") : base.Validate();
    }
}
