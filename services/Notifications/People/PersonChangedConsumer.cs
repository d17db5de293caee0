using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.People;

/// <summary>Keeps the people read model: the newest version of each person, once per message (inbox).</summary>
public sealed class PersonChangedConsumer(NotificationsDbContext db, TimeProvider clock, ILogger<PersonChangedConsumer> logger)
    : InboxConsumer<PersonChanged, NotificationsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(PersonChanged message, CancellationToken cancellationToken)
    {
        var person = await Db.People.SingleOrDefaultAsync(p => p.PersonId == message.PersonId, cancellationToken);
        if (person is null)
        {
            person = new KnownPerson(message.PersonId);
            Db.People.Add(person);
        }

        person.Apply(
            message.UserName, message.DisplayName, message.OrganId, message.RegionCode, message.Roles, message.Email, message.Active, message.AggregateVersion);
    }
}
