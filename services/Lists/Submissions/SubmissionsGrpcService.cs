using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;
using FluentValidation;
using Google.Protobuf;
using Grpc.Core;
using RaiseProblemRequest = Corridor.Lists.Problems.RaiseProblemRequest;

namespace Corridor.Lists.Submissions;

/// <summary>
/// Batches over gRPC through the same use cases as the REST batch: one outcome per item, valid items kept, one
/// transaction, and an idempotency key whose answer is recorded in that same transaction (refused as on REST when reused).
/// </summary>
internal sealed class SubmissionsGrpcService(UseCaseRunner useCases) : Contracts.Lists.V1.Submissions.SubmissionsBase
{
    public override Task<BatchReply> SubmitResourceBatch(ResourceBatchRequest request, ServerCallContext context)
    {
        var unkeyed = request.Clone();
        unkeyed.IdempotencyKey = "";
        return RunAsync(new Batches.SubmitResourceBatch(request.Items.Select(ResourceItem).ToArray(), GrpcArguments.Optional(request.IdempotencyKey), Hash(unkeyed)), context);
    }

    public override Task<BatchReply> SubmitProblemBatch(ProblemBatchRequest request, ServerCallContext context)
    {
        var unkeyed = request.Clone();
        unkeyed.IdempotencyKey = "";
        var items = request.Items.Select((item, index) => new BatchItem<RaiseProblemRequest>(index, null, ProblemsGrpcService.ToRequest(item), [])).ToArray();
        return RunAsync(new Batches.SubmitProblemBatch(items, GrpcArguments.Optional(request.IdempotencyKey), Hash(unkeyed)), context);
    }

    private async Task<BatchReply> RunAsync(IUseCase<BatchAnswer> batch, ServerCallContext context)
    {
        var answer = await useCases.RunAsync(batch, context.CancellationToken);
        return Reply(answer.Result, answer.Replayed);
    }

    private static string Hash(IMessage unkeyed) => IdempotencyKeys.HashBody(unkeyed.ToByteArray());

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
}
