using System.Text;
using Corridor.Benchmarks.Cli;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // Logs get whole tables instead of ones squeezed to 80 columns.
    AnsiConsole.Profile.Width = 220;
}

return await BenchApp.Create().RunAsync(args);
