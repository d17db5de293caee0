using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Teams.V1;
using Grpc.Core;

namespace Corridor.Teams.Infrastructure;

/// <summary>The shared change feed under this service's proto name, corridor.teams.v1.TeamsChanges.</summary>
[BindServiceMethod(typeof(TeamsChanges), nameof(TeamsChanges.BindService))]
public sealed class TeamsChangesGrpcService(ChangeFeedReader reader, ChangeFeedOptions options) : ChangeFeedGrpcService(reader, options);
