using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Organs.Batches;
using Google.Protobuf;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Directory.V1;

namespace Corridor.DirectoryService.Grpc;

/// <summary>The organ batch over gRPC: the same use case as POST /api/v1/organs/batch.</summary>
internal sealed partial class DirectoryGrpcService
{
    public override async Task<G.OrganBatchReply> UpsertOrganBatch(G.UpsertOrganBatchRequest request, ServerCallContext context)
    {
        // The key is not part of what it names: the hash of the items alone, as in the lists' batches.
        var unkeyed = request.Clone();
        unkeyed.IdempotencyKey = "";
        var items = request.Items.Select((item, index) => new BatchItem<RegisterOrganRequest>(index, null, ToRequest(item), [])).ToArray();
        var answer = await useCases.RunAsync(
            new UpsertOrganBatch(items, Optional(request.IdempotencyKey), IdempotencyKeys.HashBody(unkeyed.ToByteArray())), context.CancellationToken);
        return Reply(answer.Result, answer.Replayed);
    }

    private static RegisterOrganRequest ToRequest(G.OrganBatchItem item)
    {
        var fields = item.Fields ?? new G.OrganFields();
        return new RegisterOrganRequest(
            Optional(item.OrganId), Optional(item.RegionCode), Optional(fields.FullName), Optional(fields.ShortName), Optional(fields.Level), Optional(fields.Kind),
            Optional(fields.ParentOrganId), Optional(item.ExternalReference));
    }

    private static G.OrganBatchReply Reply(BatchResult result, bool replayed)
    {
        var reply = new G.OrganBatchReply
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
            var item = new G.OrganBatchOutcome { Index = i.Index, ExternalReference = i.ExternalReference ?? "", Outcome = i.Outcome, OrganId = i.Identifier ?? "" };
            item.Errors.AddRange(i.Errors.Select(e => new G.OrganBatchFieldError { Field = e.Field, Message = e.Message }));
            return item;
        }));
        return reply;
    }
}
