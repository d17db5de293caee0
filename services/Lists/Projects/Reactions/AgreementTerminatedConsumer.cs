using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

public sealed class AgreementTerminatedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementTerminatedConsumer> logger)
    : AgreementStateConsumer<AgreementTerminated>(db, clock, logger)
{
    protected override string Status => "Terminated";

    protected override string? ReasonOf(AgreementTerminated message) => $"{message.Reason} ({message.DocumentReference})";
}
