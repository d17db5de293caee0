using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Messaging;

public sealed class ReplayErrorsSettings : CommandSettings
{
    [CommandOption("--broker <URI>")]
    [Description("The broker and vhost, amqp://user:password@host:port/vhost (RabbitMq:Uri of the consuming service).")]
    [DefaultValue("amqp://guest:guest@127.0.0.1:5682/")]
    public string Broker { get; set; } = "amqp://guest:guest@127.0.0.1:5682/";

    [CommandOption("--queue <NAME>")]
    [Description("The consumer queue whose <queue>_error messages go back into it, e.g. lists-team-deployed.")]
    public string Queue { get; set; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Queue) ? ValidationResult.Error("--queue is required.")
        : Uri.TryCreate(Broker, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" ? ValidationResult.Success()
        : ValidationResult.Error("--broker must be an amqp:// or amqps:// URI.");
}
