namespace Corridor.DevTools.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A service answered with an error, or did not answer in time.</summary>
    public const int Failed = 1;

    public const int Usage = 2;
}
