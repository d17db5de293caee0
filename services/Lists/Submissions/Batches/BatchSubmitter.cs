using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Submissions.Batches;

/// <summary>
/// One batch or import as one transaction: every created/updated record, its events (outbox rows) and the idempotency
/// key's answer commit in a single SaveChanges, or nothing does. The same key and content answer the stored result again.
/// </summary>
internal sealed class BatchSubmitter(ListsDbContext db, CallerIdentity caller, TimeProvider clock, IServiceProvider services)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task<BatchAnswer> SubmitAsync<TRequest, TAggregate>(
        IKeyedSubmission submission, IReadOnlyList<BatchItem<TRequest>> items, Func<string, string, FieldError> errorFor, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var key = submission.IdempotencyKey;
        var callerKey = $"{caller.Region}/{caller.Subject}";
        if (key is not null && await ReplayAsync(callerKey, key, submission.RequestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await BatchSubmission.ApplyAsync(
            db, services.GetRequiredService<IListSubmission<TRequest, TAggregate>>(), services.GetRequiredService<IValidator<TRequest>>(), items, caller, now, errorFor, cancellationToken);
        if (key is not null)
        {
            IdempotencyKeys.Record(db, callerKey, key, submission.RequestHash, StatusCodes.Status200OK, JsonContentType, JsonSerializer.Serialize(result, JsonSerializerOptions.Web), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            return await ReplayAsync(callerKey, key, submission.RequestHash, CancellationToken.None) ?? throw new InvalidOperationException("The batch could not be saved.");
        }

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
}
