using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Changes.V1;
using Grpc.Core;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// The change feed over gRPC, the same for every service. A service exposes it under its own proto service name by
/// deriving a sealed class marked <c>[BindServiceMethod(typeof(XChanges), nameof(XChanges.BindService))]</c>: the
/// gRPC host binds that service's methods to these by name, and reflection reads the service's descriptor from it.
/// </summary>
public abstract class ChangeFeedGrpcService(ChangeFeedReader reader, ChangeFeedOptions options)
{
    [ReadOnlyCall]
    public Task<ChangesPage> ReadChanges(ReadChangesRequest request, ServerCallContext context) =>
        ChangeFeedGrpc.ReadAsync(reader, request, context.CancellationToken);

    [ReadOnlyCall]
    public Task FollowChanges(FollowChangesRequest request, IServerStreamWriter<ChangeEntry> responseStream, ServerCallContext context) =>
        ChangeFeedGrpc.FollowAsync(reader, options, request, responseStream, context.CancellationToken);
}
