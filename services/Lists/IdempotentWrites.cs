using System.Text;
using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists;

/// <summary>
/// The Idempotency-Key protocol around a use case that creates something: the handler saves through
/// <see cref="SaveAsync{T}"/>, which, when a REST caller sent a key, adds the stored answer to the same SaveChanges, so
/// the record, its events and the answer commit together. The same key and body replay that answer, the same key with
/// another body (or address) is 422. gRPC callers send no key: <see cref="SaveAsync{T}"/> is then a plain save.
/// </summary>
internal sealed class IdempotentWrites(ListsDbContext db, TimeProvider clock)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private Action<object>? _recordAnswer;
    private Func<Task<bool>>? _keyCommittedElsewhere;

    /// <summary>Saves the handler's changes, with the answer to <paramref name="saved"/> when the call carries a key.</summary>
    /// <param name="explainConflict">When saving fails and it is not the same key committed concurrently: throws the rule it broke, if any.</param>
    public async Task SaveAsync<T>(T saved, CancellationToken cancellationToken, Func<Task>? explainConflict = null)
        where T : notnull
    {
        _recordAnswer?.Invoke(saved);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (explainConflict is not null)
        {
            // A concurrent request with the same key is answered as its replay (by RunAsync), not as the rule its record broke.
            if (_keyCommittedElsewhere is null || !await _keyCommittedElsewhere())
            {
                await explainConflict();
            }

            throw;
        }
    }

    /// <summary>Runs <paramref name="run"/> (the use case) under the caller's Idempotency-Key, if any, and answers <paramref name="statusCode"/> with the body.</summary>
    public async Task<IResult> RunAsync<TBody, TResult>(
        HttpContext http,
        CallerIdentity caller,
        TBody requestBody,
        int statusCode,
        Func<Task<TResult>> run,
        Func<TResult, (object Answer, long Version, string? Location)> answer)
    {
        var cancellationToken = http.RequestAborted;
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        // The address is part of the request: the same key and body sent to another record is another request.
        var requestHash = IdempotencyKeys.HashBody(Encoding.UTF8.GetBytes(
            $"{http.Request.Method} {http.Request.Path}\n{JsonSerializer.Serialize(requestBody, JsonSerializerOptions.Web)}"));
        if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (key is not null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            _recordAnswer = saved => IdempotencyKeys.Record(
                db, callerKey, key, requestHash, statusCode, JsonContentType, Serialize(answer((TResult)saved).Answer), now);
            _keyCommittedElsewhere = async () => await IdempotencyKeys.FindAsync(db, callerKey, key, CancellationToken.None) is not null;
        }

        TResult result;
        try
        {
            result = await run();
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
        finally
        {
            _recordAnswer = null;
            _keyCommittedElsewhere = null;
        }

        var (body, version, location) = answer(result);
        ETags.Set(http.Response, version);
        if (location is not null)
        {
            http.Response.Headers.Location = location;
        }

        return TypedResults.Text(Serialize(body), JsonContentType, statusCode: statusCode);
    }

    private static string Serialize(object answer) => JsonSerializer.Serialize(answer, answer.GetType(), JsonSerializerOptions.Web);
}
