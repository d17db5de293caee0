using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Infrastructure;

/// <summary>
/// A REST create under the Idempotency-Key protocol: the new record, its events and the stored answer commit in
/// one SaveChanges; the same key and body replay that answer (Idempotency-Replayed: true), the same key with
/// another body is 422. Without a key it is a plain create.
/// </summary>
internal static class IdempotentCreate
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <param name="add">Adds the record to <paramref name="db"/> without saving and answers its location, version and body.</param>
    /// <param name="explainConflict">When saving fails and it is not the same key committed concurrently: throws the rule it broke, if any.</param>
    public static async Task<IResult> HandleAsync<TRequest, TBody>(
        HttpContext http,
        ListsDbContext db,
        CallerIdentity caller,
        TRequest request,
        DateTime now,
        Func<Task<(string Location, long Version, TBody Body)>> add,
        Func<Task>? explainConflict = null)
    {
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        var requestHash = IdempotencyKeys.HashBody(JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web));
        if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, http.RequestAborted) is { } replay)
        {
            return replay;
        }

        var (location, version, body) = await add();
        if (key is not null)
        {
            IdempotencyKeys.Record(
                db, callerKey, key, requestHash, StatusCodes.Status201Created, JsonContentType, JsonSerializer.Serialize(body, JsonSerializerOptions.Web), now);
        }

        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, CancellationToken.None) is { } winner)
            {
                return winner;
            }

            if (explainConflict is not null)
            {
                await explainConflict();
            }

            throw;
        }

        ETags.Set(http.Response, version);
        return TypedResults.Created(location, body);
    }
}
