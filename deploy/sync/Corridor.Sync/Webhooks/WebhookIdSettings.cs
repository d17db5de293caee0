using System.ComponentModel;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary>A command on one endpoint, named by the id <c>webhook add</c> printed (or <c>webhook list</c> shows).</summary>
public class WebhookIdSettings : WebhookSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The endpoint's id.")]
    public Guid Id { get; set; }
}
