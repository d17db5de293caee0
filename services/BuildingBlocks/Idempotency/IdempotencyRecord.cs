namespace Corridor.BuildingBlocks.Idempotency;

/// <summary>
/// The answer given to one caller's request under an Idempotency-Key, stored in the same transaction as
/// the request's effects so a replay returns exactly what the first request committed.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Caller { get; init; } = "";

    public string Key { get; init; } = "";

    /// <summary>SHA-256 of the request body (hex), to tell a replay from a different request reusing the key.</summary>
    public string RequestHash { get; init; } = "";

    public int StatusCode { get; init; }

    public string ContentType { get; init; } = "";

    public string ResponseBody { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}
