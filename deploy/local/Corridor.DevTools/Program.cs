using System.Text;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;
using Corridor.DevTools.Endpoints;
using Corridor.DevTools.Tokens;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.WriteLine(Usage.Text);
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
}

try
{
    var options = Arguments.Parse(args[1..]);
    return args[0] switch
    {
        "token" => TokenCommand.Run(options),
        "demo-organs" => DemoOrgansCommand.Run(options),
        "seed" => await SeedCommand.RunAsync(options, cancellation.Token),
        "endpoints" => await EndpointsCommand.RunAsync(options, cancellation.Token),
        "hash-password" => HashPasswordCommand.Run(options),
        _ => throw new UsageException($"Unknown command '{args[0]}'."),
    };
}
catch (UsageException ex)
{
    AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
    Console.Error.WriteLine(Usage.Text);
    return ExitCodes.Usage;
}
