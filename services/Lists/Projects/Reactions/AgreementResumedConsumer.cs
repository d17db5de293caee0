using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

public sealed class AgreementResumedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementResumedConsumer> logger)
    : AgreementStateConsumer<AgreementResumed>(db, clock, logger)
{
    protected override string Status => "Active";

    protected override string? ReasonOf(AgreementResumed message) => null;
}
