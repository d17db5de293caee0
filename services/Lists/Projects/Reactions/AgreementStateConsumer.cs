using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Reactions;

/// <summary>Keeps <see cref="LinkedAgreement"/> current from one kind of agreement event, once per message (inbox).</summary>
public abstract class AgreementStateConsumer<TEvent>(ListsDbContext db, TimeProvider clock, ILogger logger)
    : InboxConsumer<TEvent, ListsDbContext>(db, clock, logger)
    where TEvent : class, IIntegrationEvent
{
    protected abstract string Status { get; }

    protected abstract string? ReasonOf(TEvent message);

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var state = await Db.LinkedAgreements.SingleOrDefaultAsync(a => a.AgreementId == message.AggregateId, cancellationToken);
        if (state is null)
        {
            state = new LinkedAgreement(message.AggregateId);
            Db.LinkedAgreements.Add(state);
        }

        state.Apply(Status, ReasonOf(message), message.AggregateVersion, message.OccurredAt);
    }
}
