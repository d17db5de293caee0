using Corridor.BuildingBlocks.Inbox;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>Keeps <see cref="KnownOrgan"/> current from one kind of organ event, once per message (inbox).</summary>
public abstract class OrganEventConsumer<TEvent>(ServiceDbContext db, TimeProvider clock, ILogger logger)
    : InboxConsumer<TEvent, ServiceDbContext>(db, clock, logger)
    where TEvent : class, IOrganEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken cancellationToken) =>
        Db.UpsertOrganAsync(message.Organ, message.AggregateVersion, message.OccurredAt, cancellationToken);
}

// One non-generic consumer per event: the inbox records a consumer by its type's name, and MassTransit names its queue after it.
public sealed class OrganRegisteredConsumer(ServiceDbContext db, TimeProvider clock, ILogger<OrganRegisteredConsumer> logger)
    : OrganEventConsumer<OrganRegistered>(db, clock, logger);

public sealed class OrganUpdatedConsumer(ServiceDbContext db, TimeProvider clock, ILogger<OrganUpdatedConsumer> logger)
    : OrganEventConsumer<OrganUpdated>(db, clock, logger);

public sealed class OrganRenamedConsumer(ServiceDbContext db, TimeProvider clock, ILogger<OrganRenamedConsumer> logger)
    : OrganEventConsumer<OrganRenamed>(db, clock, logger);

public sealed class OrganRetiredConsumer(ServiceDbContext db, TimeProvider clock, ILogger<OrganRetiredConsumer> logger)
    : OrganEventConsumer<OrganRetired>(db, clock, logger);

public sealed class OrganReinstatedConsumer(ServiceDbContext db, TimeProvider clock, ILogger<OrganReinstatedConsumer> logger)
    : OrganEventConsumer<OrganReinstated>(db, clock, logger);
