namespace Corridor.BuildingBlocks.Idempotency;

/// <summary>The caller's key was first used for another request: 422 over REST, INVALID_ARGUMENT with the same reason over gRPC.</summary>
public sealed class IdempotencyKeyReusedException(string key, DateTime firstUsedAt)
    : Exception($"The key '{key}' was first used at {firstUsedAt:O} with a different body; use a new key for a new request.")
{
    public const string Code = "idempotency.key-reused";

    public const string Title = "The Idempotency-Key was already used for another request.";
}
