namespace Corridor.Contracts.Events;

/// <summary>One party signed an agreement for itself; <see cref="AllSigned"/> when it was the last signature.</summary>
public sealed record AgreementSigned(
    Guid AgreementId,
    string OrganId,
    string Signatory,
    bool AllSigned,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
