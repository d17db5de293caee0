namespace Corridor.DevTools.Cli;

/// <summary>The command line is wrong: the tool prints the message and the usage, and exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
