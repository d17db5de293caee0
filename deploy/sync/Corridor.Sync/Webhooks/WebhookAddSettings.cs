using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

public sealed class WebhookAddSettings : WebhookSettings
{
    [CommandOption("--url <URL>")]
    [Description("The receiver: an https URL of your region's system that accepts signed POSTs.")]
    public string? Url { get; set; }

    [CommandOption("--events <KINDS>")]
    [Description("Comma-separated event kinds (e.g. ProblemUrged,ProjectSubmitted), or * for every kind your region may receive.")]
    [DefaultValue("*")]
    public string Events { get; set; } = "*";

    [CommandOption("--description <TEXT>")]
    [Description("What the receiver is, for whoever reads the list later.")]
    public string? Description { get; set; }

    public IReadOnlyList<string> EventKinds =>
        Events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            return ValidationResult.Error("--url is required: the receiver's https URL.");
        }

        if (EventKinds.Count == 0)
        {
            return ValidationResult.Error("--events needs at least one event kind, or *.");
        }

        return base.Validate();
    }
}
