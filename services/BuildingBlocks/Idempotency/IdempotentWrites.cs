using System.Text;
using System.Text.Json;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Idempotency;

/// <summary>
/// The Idempotency-Key protocol around a use case that creates something. The REST adapter runs the use case through
/// <see cref="RunAsync{TBody, TResult}"/> and the handler saves through <see cref="SaveAsync"/>. When the caller sent a
/// key, that save waits for the answer, so the change, its events and the stored answer commit in one SaveChanges: the
/// same key and body replay the answer, the same key with another body (or address) is refused, a key longer than the
/// column is refused before any work. Without a key (and over gRPC) <see cref="SaveAsync"/> is a plain save.
/// </summary>
public sealed class IdempotentWrites(ServiceDbContext db, TimeProvider clock)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private Func<Task>? _explainConflict;

    private Func<Task<bool>>? _lostRace;

    /// <summary>True while a keyed request runs its use case: the change is made now and saved with the answer.</summary>
    public bool SavesWithAnswer { get; private set; }

    /// <summary>Saves the handler's changes, or leaves them to be saved with the answer when the call carries a key.</summary>
    /// <param name="explainConflict">When saving fails and it is not the same key committed concurrently: throws the rule it broke, if any.</param>
    public async Task SaveAsync(CancellationToken cancellationToken, Func<Task>? explainConflict = null)
    {
        if (SavesWithAnswer)
        {
            _explainConflict = explainConflict;
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (explainConflict is not null)
        {
            await explainConflict();
            throw;
        }
    }

    /// <summary>
    /// For a use case that decides on a row another writer may change meanwhile, and runs again itself when its save
    /// fails because that row changed: under a key the change is saved after the use case returned, so here, when that
    /// save fails and <paramref name="lostRace"/> answers true, the use case runs again, once, on fresh reads.
    /// </summary>
    public void RunAgainIfRaceLost(Func<Task<bool>> lostRace)
    {
        if (SavesWithAnswer)
        {
            _lostRace = lostRace;
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
        var key = IdempotencyKeys.KeyOf(http.Request);
        if (key is null)
        {
            return Answer(http, statusCode, answer(await run()));
        }

        var callerKey = caller.IdempotencyScope;
        // The address is part of the request: the same key and body sent to another record is another request.
        var requestHash = IdempotencyKeys.HashBody(Encoding.UTF8.GetBytes(
            $"{http.Request.Method} {http.Request.Path}\n{JsonSerializer.Serialize(requestBody, JsonSerializerOptions.Web)}"));
        if (await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, http.RequestAborted) is { } replay)
        {
            return replay;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var answered = answer(await RunSavingWithAnswerAsync(run));
                IdempotencyKeys.Record(db, callerKey, key, requestHash, statusCode, JsonContentType, Serialize(answered.Answer), clock.GetUtcNow().UtcDateTime);
                if (await SavedWithAnswerAsync(callerKey, key, http.RequestAborted))
                {
                    return Answer(http, statusCode, answered);
                }

                break;
            }
            catch (DbUpdateException) when (attempt == 1 && _lostRace is not null)
            {
                if (!await _lostRace())
                {
                    throw;
                }

                db.ChangeTracker.Clear();
            }
            finally
            {
                _explainConflict = null;
                _lostRace = null;
            }
        }

        // The same key committed concurrently: answer as a replay of the winner.
        db.ChangeTracker.Clear();
        return await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, CancellationToken.None)
            ?? throw new InvalidOperationException($"The answer stored for the idempotency key '{key}' has gone.");
    }

    private async Task<TResult> RunSavingWithAnswerAsync<TResult>(Func<Task<TResult>> run)
    {
        SavesWithAnswer = true;
        try
        {
            return await run();
        }
        finally
        {
            SavesWithAnswer = false;
        }
    }

    /// <summary>False when saving failed because the same key committed concurrently.</summary>
    private async Task<bool> SavedWithAnswerAsync(string callerKey, string key, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await IdempotencyKeys.FindAsync(db, callerKey, key, CancellationToken.None) is not null)
            {
                return false;
            }

            if (_explainConflict is { } explain)
            {
                await explain();
            }

            throw;
        }
    }

    private static IResult Answer(HttpContext http, int statusCode, (object Answer, long Version, string? Location) answered)
    {
        ETags.Set(http.Response, answered.Version);
        if (answered.Location is not null)
        {
            http.Response.Headers.Location = answered.Location;
        }

        return TypedResults.Text(Serialize(answered.Answer), JsonContentType, statusCode: statusCode);
    }

    private static string Serialize(object answer) => JsonSerializer.Serialize(answer, answer.GetType(), JsonSerializerOptions.Web);
}
