using Corridor.BuildingBlocks.Inbox;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>Keeps <see cref="KnownRegion"/> current from a region joining the conference, once per message (inbox).</summary>
public sealed class RegionJoinedConsumer(ServiceDbContext db, TimeProvider clock, ILogger<RegionJoinedConsumer> logger)
    : InboxConsumer<RegionJoined, ServiceDbContext>(db, clock, logger)
{
    // A join starts a membership: a leave of an earlier membership does not carry over.
    protected override Task HandleAsync(RegionJoined message, CancellationToken cancellationToken) =>
        Db.UpsertRegionJoinAsync(message.RegionCode, message.RegionName, message.ParentCode, message.JoinedOn, null, message.AggregateVersion, cancellationToken);
}

/// <summary>Keeps <see cref="KnownRegion"/> current from a region leaving the conference, once per message (inbox).</summary>
public sealed class RegionLeftConsumer(ServiceDbContext db, TimeProvider clock, ILogger<RegionLeftConsumer> logger)
    : InboxConsumer<RegionLeft, ServiceDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(RegionLeft message, CancellationToken cancellationToken) =>
        Db.UpsertRegionLeaveAsync(message.RegionCode, message.LeftOn, message.AggregateVersion, cancellationToken);
}
