using System.ComponentModel;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Tokens;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Endpoints;

public sealed class EndpointsSettings : ServiceUrlSettings
{
    [CommandOption("--identity <URL>")]
    [Description("The Identity service: shown, and asked for the two demo tokens.")]
    [DefaultValue(CallerTokens.DefaultIdentity)]
    public string Identity { get; set; } = CallerTokens.DefaultIdentity;

    [CommandOption("--gateway <URL>")]
    [Description("The gateway (REST) the example curl calls.")]
    [DefaultValue(EndpointsCommand.DefaultGateway)]
    public string Gateway { get; set; } = EndpointsCommand.DefaultGateway;

    public override ValidationResult Validate() =>
        base.Validate() is { Successful: false } invalid
            ? invalid
            : Check(HttpUrl.Problem("identity", Identity), HttpUrl.Problem("gateway", Gateway));
}
