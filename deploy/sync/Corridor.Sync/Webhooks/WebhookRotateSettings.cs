using System.ComponentModel;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

public sealed class WebhookRotateSettings : WebhookIdSettings
{
    [CommandOption("--overlap <DURATION>")]
    [Description("How long deliveries carry the old secret's signature too (e.g. 24h, 90m; 0 cuts it off now; at most 7 days).")]
    [DefaultValue("24h")]
    public string Overlap { get; set; } = "24h";

    public TimeSpan OverlapDuration => Overlap.Trim() == "0" ? TimeSpan.Zero : Durations.TryParse(Overlap, out var overlap) ? overlap : TimeSpan.MinValue;

    public override ValidationResult Validate() =>
        OverlapDuration < TimeSpan.Zero || OverlapDuration > TimeSpan.FromDays(7)
            ? ValidationResult.Error($"--overlap '{Overlap}' is not a duration between 0 and 7 days (e.g. 24h).")
            : base.Validate();
}
