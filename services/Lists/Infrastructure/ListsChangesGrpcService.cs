using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Lists.V1;
using Grpc.Core;

namespace Corridor.Lists.Infrastructure;

/// <summary>The shared change feed under this service's proto name, corridor.lists.v1.ListsChanges.</summary>
[BindServiceMethod(typeof(ListsChanges), nameof(ListsChanges.BindService))]
public sealed class ListsChangesGrpcService(ChangeFeedReader reader, ChangeFeedOptions options) : ChangeFeedGrpcService(reader, options);
