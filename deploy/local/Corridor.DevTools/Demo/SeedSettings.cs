using System.ComponentModel;
using Corridor.DevTools.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Demo;

public sealed class SeedSettings : ServiceUrlSettings
{
    [CommandOption("--identity <URL>")]
    [Description("The Identity service the demo callers' tokens come from (default http://127.0.0.1:5401).")]
    public string? Identity { get; set; }

    [CommandOption("--key <SIGNING_KEY>")]
    [Description("Mint development tokens with this key instead, for services configured with Auth:DevelopmentSigningKey; not with --identity.")]
    public string? Key { get; set; }

    [CommandOption("--wait-seconds <SECONDS>")]
    [Description("How long to wait for Teams to receive the approved projects through RabbitMQ (1 to 600).")]
    [DefaultValue(30)]
    public int WaitSeconds { get; set; } = 30;

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } invalid
            ? invalid
            : Check(HttpUrl.Problem("identity", Identity), RangeProblem("wait-seconds", WaitSeconds, 1, 600));
}
