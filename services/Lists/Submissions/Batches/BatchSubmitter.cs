using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>
/// One batch or import as one transaction: every created/updated record, its events (outbox rows), its journal entries
/// and the idempotency key's answer commit together, or nothing does. The same key and content answer the stored result again.
/// </summary>
internal sealed class BatchSubmitter(ListsDbContext db, CallerIdentity caller, TimeProvider clock, IServiceProvider services)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task<BatchAnswer> SubmitAsync<TRequest, TAggregate>(
        IKeyedSubmission submission, IReadOnlyList<BatchItem<TRequest>> items, Func<string, string, FieldError> errorFor, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var key = submission.IdempotencyKey;
        var callerKey = caller.IdempotencyScope;
        if (key is not null && await ReplayAsync(callerKey, key, submission.RequestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var list = services.GetRequiredService<IListSubmission<TRequest, TAggregate>>();
        var validator = services.GetRequiredService<IValidator<TRequest>>();
        try
        {
            // SQL Server's retrying strategy runs a transaction of our own only as one retriable unit.
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => SaveInOneTransactionAsync(submission, items, list, validator, callerKey, errorFor, ct), cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            return await ReplayAsync(callerKey, key, submission.RequestHash, CancellationToken.None) ?? throw new InvalidOperationException("The batch could not be saved.");
        }
    }

    /// <summary>
    /// Saves the batch in chunks (<see cref="BatchSubmission.SaveChunk"/>), forgetting each saved chunk, inside one
    /// transaction begun at the first save: the records, their outbox rows, their journal entries and the key's answer
    /// commit together or, on any failure, not at all.
    /// </summary>
    private async Task<BatchAnswer> SaveInOneTransactionAsync<TRequest, TAggregate>(
        IKeyedSubmission submission,
        IReadOnlyList<BatchItem<TRequest>> items,
        IListSubmission<TRequest, TAggregate> list,
        IValidator<TRequest> validator,
        string callerKey,
        Func<string, string, FieldError> errorFor,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        db.ChangeTracker.Clear();
        IDbContextTransaction? transaction = null;
        try
        {
            async Task SaveChunkAsync(CancellationToken ct)
            {
                transaction ??= await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var result = await BatchSubmission.ApplyAsync(db, list, validator, items, caller, now, errorFor, SaveChunkAsync, cancellationToken);
            if (submission.IdempotencyKey is { } key)
            {
                IdempotencyKeys.Record(db, callerKey, key, submission.RequestHash, StatusCodes.Status200OK, JsonContentType, JsonSerializer.Serialize(result, JsonSerializerOptions.Web), now);
            }

            await SaveChunkAsync(cancellationToken);
            await transaction!.CommitAsync(cancellationToken);
            return new BatchAnswer(result, Replayed: false);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
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
}
