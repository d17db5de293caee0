using System.Text;
using Corridor.Sync.Cli;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // Logs and pipes get the whole summary table instead of one squeezed to 80 columns.
    AnsiConsole.Profile.Width = 200;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops between pages (what was pulled stays); a second one ends the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await SyncApp.Create().RunAsync(args, cancellation.Token);
