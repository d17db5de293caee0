using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

public sealed class AgreementSuspendedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementSuspendedConsumer> logger)
    : AgreementStateConsumer<AgreementSuspended>(db, clock, logger)
{
    protected override string Status => "Suspended";

    protected override string? ReasonOf(AgreementSuspended message) => message.Reason;
}
