using Spectre.Console;

namespace Corridor.Sync.Cli;

/// <summary>Where messages go: results on stdout, warnings and errors on stderr (coloured only on a terminal, never wrapped in a log).</summary>
public static class Output
{
    private static readonly IAnsiConsole? ErrorConsole = Console.IsErrorRedirected
        ? null
        : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static void Warn(string message) => Write("yellow", "warning", message);

    public static void Error(string message) => Write("red", "error", message);

    private static void Write(string colour, string label, string message)
    {
        if (ErrorConsole is null)
        {
            Console.Error.WriteLine($"{label}: {message}");
        }
        else
        {
            ErrorConsole.MarkupLine($"[{colour}]{label}:[/] {Markup.Escape(message)}");
        }
    }
}
