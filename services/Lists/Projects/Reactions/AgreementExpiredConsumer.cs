using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

public sealed class AgreementExpiredConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementExpiredConsumer> logger)
    : AgreementStateConsumer<AgreementExpired>(db, clock, logger)
{
    protected override string Status => "Expired";

    protected override string? ReasonOf(AgreementExpired message) => $"term ended {message.TermEnded:yyyy-MM-dd}";
}
