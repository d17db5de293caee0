using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Agreements.V1;
using Grpc.Core;

namespace Corridor.Agreements.Infrastructure;

/// <summary>The shared change feed under this service's proto name, corridor.agreements.v1.AgreementsChanges.</summary>
[BindServiceMethod(typeof(AgreementsChanges), nameof(AgreementsChanges.BindService))]
public sealed class AgreementsChangesGrpcService(ChangeFeedReader reader, ChangeFeedOptions options) : ChangeFeedGrpcService(reader, options);
