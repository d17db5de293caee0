using System.Text;
using Corridor.DevTools.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var app = DevToolsApp.Create();
if (args.Length == 0)
{
    // No command is a usage error: the help, and the usage exit code.
    await app.RunAsync(["--help"], cancellation.Token);
    return ExitCodes.Usage;
}

try
{
    return await app.RunAsync(args, cancellation.Token);
}
catch (Exception ex) when (ex is UsageException or CommandAppException)
{
    AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
    Console.Error.WriteLine($"Run '{DevToolsApp.Name} --help' or '{DevToolsApp.Name} <command> --help' for the commands and their options.");
    return ExitCodes.Usage;
}
