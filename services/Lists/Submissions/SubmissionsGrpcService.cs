using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;
using FluentValidation;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using RaiseProblemRequest = Corridor.Lists.Problems.RaiseProblemRequest;

namespace Corridor.Lists.Submissions;

/// <summary>
/// Batches over gRPC, by the same rules as the REST batch: one outcome per item, valid items kept, one
/// transaction, and an idempotency key whose answer is recorded in that same transaction.
/// </summary>
internal sealed class SubmissionsGrpcService(ListsDbContext db, CallerIdentity caller, TimeProvider clock, IServiceProvider services)
    : Contracts.Lists.V1.Submissions.SubmissionsBase
{
    public override Task<BatchReply> SubmitResourceBatch(ResourceBatchRequest request, ServerCallContext context)
    {
        var unkeyed = request.Clone();
        unkeyed.IdempotencyKey = "";
        return SubmitAsync(request.IdempotencyKey, unkeyed, request.Items.Select(ResourceItem).ToArray(), Resources(), context);
    }

    public override Task<BatchReply> SubmitProblemBatch(ProblemBatchRequest request, ServerCallContext context)
    {
        var unkeyed = request.Clone();
        unkeyed.IdempotencyKey = "";
        var items = request.Items.Select((item, index) => new BatchItem<RaiseProblemRequest>(index, null, ProblemsGrpcService.ToRequest(item), [])).ToArray();
        return SubmitAsync(request.IdempotencyKey, unkeyed, items, Problems(), context);
    }

    private async Task<BatchReply> SubmitAsync<TRequest, TAggregate>(
        string idempotencyKey, IMessage unkeyed, BatchItem<TRequest>[] items, IListSubmission<TRequest, TAggregate> list, ServerCallContext context)
        where TAggregate : AggregateRoot
    {
        if (items.Length > BatchSubmission.MaxItems)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("items", $"A batch can hold at most {BatchSubmission.MaxItems} items; split it.")]);
        }

        var key = GrpcArguments.Optional(idempotencyKey);
        if (key is { Length: > IdempotencyKeys.MaxKeyLength })
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("IdempotencyKey", $"The key must be at most {IdempotencyKeys.MaxKeyLength} characters.")]);
        }

        var callerKey = $"{caller.Region}/{caller.Subject}";
        var requestHash = IdempotencyKeys.HashBody(unkeyed.ToByteArray());
        if (key is not null && await ReplayAsync(callerKey, key, requestHash, context.CancellationToken) is { } replay)
        {
            return replay;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await BatchSubmission.ApplyAsync(
            db, list, services.GetRequiredService<IValidator<TRequest>>(), items, caller, now, (field, message) => new FieldError(field, message), context.CancellationToken);
        if (key is not null)
        {
            IdempotencyKeys.Record(db, callerKey, key, requestHash, StatusCodes.Status200OK, "application/json; charset=utf-8", JsonSerializer.Serialize(result, JsonSerializerOptions.Web), now);
        }

        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            return await ReplayAsync(callerKey, key, requestHash, CancellationToken.None) ?? throw new InvalidOperationException("The batch could not be saved.");
        }

        return Reply(result, replayed: false);
    }

    private async Task<BatchReply?> ReplayAsync(string callerKey, string key, string requestHash, CancellationToken cancellationToken)
    {
        var stored = await IdempotencyKeys.FindAsync(db, callerKey, key, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (stored.RequestHash != requestHash)
        {
            throw new DomainRuleException(
                "idempotency.key-reused",
                $"The key '{key}' was first used at {stored.CreatedAt:O} with other items; use a new key for a new request.");
        }

        var result = JsonSerializer.Deserialize<BatchResult>(stored.ResponseBody, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The answer stored for the idempotency key '{key}' is empty.");
        return Reply(result, replayed: true);
    }

    /// <summary>A malformed number or date is that item's field error, not a failure of the whole batch.</summary>
    private static BatchItem<ResourceRequest> ResourceItem(ResourceContent content, int index)
    {
        var errors = new List<FieldError>();
        var request = new ResourceRequest(
            GrpcArguments.Optional(content.Title),
            GrpcArguments.Optional(content.Description),
            GrpcArguments.Optional(content.Category),
            Lenient(() => GrpcArguments.Decimal(content.Capacity, "capacity"), errors),
            GrpcArguments.Optional(content.Unit),
            Lenient(() => GrpcArguments.Date(content.ValidFrom, "validFrom"), errors),
            Lenient(() => GrpcArguments.Date(content.ValidTo, "validTo"), errors),
            GrpcArguments.Optional(content.ExternalReference));
        return new BatchItem<ResourceRequest>(index, null, request, errors);
    }

    private static T? Lenient<T>(Func<T?> read, List<FieldError> errors)
    {
        try
        {
            return read();
        }
        catch (ValidationException invalid)
        {
            errors.AddRange(invalid.Errors.Select(f => new FieldError(f.PropertyName, f.ErrorMessage)));
            return default;
        }
    }

    private static BatchReply Reply(BatchResult result, bool replayed)
    {
        var reply = new BatchReply
        {
            Total = result.Total,
            Created = result.Created,
            Updated = result.Updated,
            Unchanged = result.Unchanged,
            Rejected = result.Rejected,
            Replayed = replayed,
        };
        reply.Items.AddRange(result.Items.Select(i =>
        {
            var item = new BatchItemOutcome { Index = i.Index, ExternalReference = i.ExternalReference ?? "", Outcome = i.Outcome, Id = i.Id?.ToString() ?? "" };
            item.Errors.AddRange(i.Errors.Select(e => new BatchFieldError { Field = e.Field, Message = e.Message }));
            return item;
        }));
        return reply;
    }

    private IListSubmission<ResourceRequest, Resource> Resources() => services.GetRequiredService<IListSubmission<ResourceRequest, Resource>>();

    private IListSubmission<RaiseProblemRequest, Problem> Problems() => services.GetRequiredService<IListSubmission<RaiseProblemRequest, Problem>>();
}
