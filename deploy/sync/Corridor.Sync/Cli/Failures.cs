using Spectre.Console.Cli;

namespace Corridor.Sync.Cli;

/// <summary>Turns what ended a command into one message on stderr and an exit code; no stack traces.</summary>
public static class Failures
{
    public static int Report(Exception exception)
    {
        switch (exception)
        {
            case SyncFailure failure:
                Output.Error(failure.Message);
                return failure.ExitCode;
            case CommandAppException usage:
                Output.Error(usage.Message);
                Output.Error("Run 'corridor-sync --help' or 'corridor-sync <command> --help' for the options.");
                return ExitCodes.Usage;
            case OperationCanceledException:
                Output.Error("Cancelled.");
                return 130;
            default:
                Output.Error($"Unexpected {exception.GetType().Name}: {exception.Message}");
                return 70;
        }
    }
}
