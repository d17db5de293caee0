using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Changes.V1;
using Corridor.Contracts.Agreements.V1;
using Grpc.Core;

namespace Corridor.Agreements.Infrastructure;

public sealed class AgreementsChangesGrpcService(ChangeFeedReader reader, ChangeFeedOptions options) : AgreementsChanges.AgreementsChangesBase
{
    public override Task<ChangesPage> ReadChanges(ReadChangesRequest request, ServerCallContext context) =>
        ChangeFeedGrpc.ReadAsync(reader, request, context.CancellationToken);

    public override Task FollowChanges(FollowChangesRequest request, IServerStreamWriter<ChangeEntry> responseStream, ServerCallContext context) =>
        ChangeFeedGrpc.FollowAsync(reader, options, request, responseStream, context.CancellationToken);
}
