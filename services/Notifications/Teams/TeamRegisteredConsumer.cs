using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Teams;

/// <summary>Tracks a team's name and owner organ; a registration itself tells no one (the owner registered it).</summary>
public sealed class TeamRegisteredConsumer(NotificationsDbContext db, TimeProvider clock, ILogger<TeamRegisteredConsumer> logger)
    : InboxConsumer<TeamRegistered, NotificationsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(TeamRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Teams.FindAsync([message.TeamId], cancellationToken) is null)
        {
            Db.Teams.Add(new TrackedTeam(message.TeamId, message.Name, message.OwnerOrganId));
        }
    }
}
