using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Changes.V1;
using Corridor.Contracts.Directory.V1;
using Grpc.Core;

namespace Corridor.DirectoryService.Infrastructure;

public sealed class DirectoryChangesGrpcService(ChangeFeedReader reader, ChangeFeedOptions options) : DirectoryChanges.DirectoryChangesBase
{
    [ReadOnlyCall]
    public override Task<ChangesPage> ReadChanges(ReadChangesRequest request, ServerCallContext context) =>
        ChangeFeedGrpc.ReadAsync(reader, request, context.CancellationToken);

    [ReadOnlyCall]
    public override Task FollowChanges(FollowChangesRequest request, IServerStreamWriter<ChangeEntry> responseStream, ServerCallContext context) =>
        ChangeFeedGrpc.FollowAsync(reader, options, request, responseStream, context);
}
