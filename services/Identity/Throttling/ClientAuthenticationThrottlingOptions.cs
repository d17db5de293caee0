namespace Corridor.Identity.Throttling;

/// <summary>Failed client authentications at the token endpoint, counted per client id and per remote address.</summary>
public sealed class ClientAuthenticationThrottlingOptions
{
    public FailedAttemptLimit PerClient { get; set; } = new() { MaxFailedAttempts = 10 };

    /// <summary>Catches guessing spread over many client ids from one address.</summary>
    public FailedAttemptLimit PerAddress { get; set; } = new() { MaxFailedAttempts = 50 };
}
