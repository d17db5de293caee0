namespace Corridor.Sync.Cli;

/// <summary>A failure the user can act on: printed as one message (no stack trace) and ended with <see cref="ExitCode"/>.</summary>
public sealed class SyncFailure(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
