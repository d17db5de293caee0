using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>
/// One batch or import as one transaction: every created/updated record, its events (outbox rows), its journal entries
/// and the idempotency key's answer commit together, or nothing does. The same key and content answer the stored result again.
/// The service applies the items in <c>apply</c> and saves through the <see cref="IBatchSaves"/> it is given.
/// </summary>
public sealed class BatchTransaction(ServiceDbContext db, CallerIdentity caller, TimeProvider clock)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task<BatchAnswer> SubmitAsync(
        IKeyedSubmission submission, Func<IBatchSaves, DateTime, CancellationToken, Task<BatchResult>> apply, CancellationToken cancellationToken)
    {
        var key = submission.IdempotencyKey;
        var callerKey = caller.IdempotencyScope;
        if (key is not null && await ReplayAsync(callerKey, key, submission.RequestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        try
        {
            // SQL Server's retrying strategy runs a transaction of our own only as one retriable unit.
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => SaveInOneTransactionAsync(submission, apply, callerKey, ct), cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            return await ReplayAsync(callerKey, key, submission.RequestHash, CancellationToken.None) ?? throw new InvalidOperationException("The batch could not be saved.");
        }
    }

    /// <summary>
    /// Runs <paramref name="apply"/>, whose saves open the transaction at the first one, then records the key's answer and
    /// commits: the records, their outbox rows, their journal entries and the answer commit together or, on any failure, not at all.
    /// </summary>
    private async Task<BatchAnswer> SaveInOneTransactionAsync(
        IKeyedSubmission submission, Func<IBatchSaves, DateTime, CancellationToken, Task<BatchResult>> apply, string callerKey, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var saves = new Saves(db);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await apply(saves, now, cancellationToken);
        if (submission.IdempotencyKey is { } key)
        {
            IdempotencyKeys.Record(db, callerKey, key, submission.RequestHash, StatusCodes.Status200OK, JsonContentType, JsonSerializer.Serialize(result, JsonSerializerOptions.Web), now);
        }

        await saves.SaveChunkAsync(cancellationToken);
        await saves.CommitAsync(cancellationToken);
        return new BatchAnswer(result, Replayed: false);
    }

    private async Task<BatchAnswer?> ReplayAsync(string callerKey, string key, string requestHash, CancellationToken cancellationToken)
    {
        var stored = await IdempotencyKeys.FindAsync(db, callerKey, key, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (stored.RequestHash != requestHash)
        {
            throw new IdempotencyKeyReusedException(key, stored.CreatedAt);
        }

        var result = JsonSerializer.Deserialize<BatchResult>(stored.ResponseBody, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The answer stored for the idempotency key '{key}' is empty.");
        return new BatchAnswer(result, Replayed: true);
    }

    /// <summary>The batch's one transaction, begun lazily so that reading and validating hold no write lock.</summary>
    private sealed class Saves(ServiceDbContext db) : IBatchSaves, IAsyncDisposable
    {
        private IDbContextTransaction? _transaction;

        public async Task BeginAsync(CancellationToken cancellationToken) => _transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);

        public async Task SaveChunkAsync(CancellationToken cancellationToken)
        {
            await BeginAsync(cancellationToken);
            await db.SaveChunkAsync(cancellationToken);
        }

        public Task CommitAsync(CancellationToken cancellationToken) => _transaction!.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }
        }
    }
}
