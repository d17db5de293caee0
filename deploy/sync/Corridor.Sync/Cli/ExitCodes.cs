namespace Corridor.Sync.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>verify found differences, or push had rejected items.</summary>
    public const int Differences = 1;

    public const int Usage = 2;

    /// <summary>401/403 from a service or the authority refused the client.</summary>
    public const int Unauthorized = 3;

    /// <summary>A service or the authority could not be reached (after the retries).</summary>
    public const int Unavailable = 4;

    /// <summary>A service refused the request for another reason (4xx/5xx).</summary>
    public const int Refused = 5;

    /// <summary>The local mirror file cannot be used (locked by another run, not a mirror).</summary>
    public const int Mirror = 6;
}
