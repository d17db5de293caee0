using System.Security.Cryptography;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Idempotency;

/// <summary>
/// The Idempotency-Key protocol: the same key with the same body replays the stored answer, the same key
/// with another body is refused, and a new key's answer is recorded with the request's own changes.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotency-Replayed";

    public const int MaxKeyLength = 200;

    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>The key of the request, or null without one; a key longer than the column is refused before any work.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var key = request.Headers[Header].ToString().Trim();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Length > MaxKeyLength)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(Header, $"The key must be at most {MaxKeyLength} characters.")]);
        }

        return key;
    }

    /// <summary>The record stored for the caller's key, or null when the key is new.</summary>
    public static Task<IdempotencyRecord?> FindAsync(ServiceDbContext db, string caller, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);

    /// <summary>The stored answer to replay, or null when the key is new; <see cref="IdempotencyKeyReusedException"/> when it was used for another body.</summary>
    public static async Task<IResult?> ReplayAsync(ServiceDbContext db, string caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        var stored = await FindAsync(db, caller, key, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (stored.RequestHash != requestHash)
        {
            throw new IdempotencyKeyReusedException(key, stored.CreatedAt);
        }

        return new StoredAnswer(stored);
    }

    /// <summary>Adds the record to the context, so it commits with the request's own changes in the next SaveChanges.</summary>
    public static IdempotencyRecord Record(
        ServiceDbContext db, string caller, string key, string requestHash, int statusCode, string contentType, string responseBody, DateTime createdAt)
    {
        var record = new IdempotencyRecord
        {
            Caller = caller,
            Key = key,
            RequestHash = requestHash,
            StatusCode = statusCode,
            ContentType = contentType,
            ResponseBody = responseBody,
            CreatedAt = createdAt,
        };
        db.IdempotencyRecords.Add(record);
        return record;
    }

    private sealed class StoredAnswer(IdempotencyRecord stored) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = stored.StatusCode;
            httpContext.Response.ContentType = stored.ContentType;
            httpContext.Response.Headers[ReplayedHeader] = "true";
            return httpContext.Response.WriteAsync(stored.ResponseBody, httpContext.RequestAborted);
        }
    }
}
