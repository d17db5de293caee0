using System.Text;
using System.Text.Json;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Idempotency;

/// <summary>
/// The Idempotency-Key protocol around one create: with a key, the record, its events and the stored answer commit
/// together; the same key and body replay that answer, the same key with another body (or another address) is 422.
/// </summary>
public static class IdempotentCreate
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <param name="create">Makes the change without saving it and returns the answer, the new version and the Location (if any).</param>
    public static async Task<IResult> HandleAsync<TRequest>(
        HttpContext http,
        ServiceDbContext db,
        CallerIdentity caller,
        TRequest request,
        DateTime now,
        int statusCode,
        Func<CancellationToken, Task<(object Answer, long Version, string? Location)>> create)
    {
        var cancellationToken = http.RequestAborted;
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        // The address is part of the request: the same key and body sent to another record is another request.
        var requestHash = IdempotencyKeys.HashBody(Encoding.UTF8.GetBytes(
            $"{http.Request.Method} {http.Request.Path}\n{JsonSerializer.Serialize(request, JsonSerializerOptions.Web)}"));
        if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var (answer, version, location) = await create(cancellationToken);
        var body = JsonSerializer.Serialize(answer, answer.GetType(), JsonSerializerOptions.Web);
        if (key is not null)
        {
            IdempotencyKeys.Record(db, callerKey, key, requestHash, statusCode, JsonContentType, body, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            if (await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is not { } winner)
            {
                throw;
            }

            return winner;
        }

        ETags.Set(http.Response, version);
        if (location is not null)
        {
            http.Response.Headers.Location = location;
        }

        return TypedResults.Text(body, JsonContentType, statusCode: statusCode);
    }
}
