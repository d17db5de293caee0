namespace Corridor.Contracts.Events;

/// <summary>
/// A change to an organ in the directory. Every organ event carries the organ's whole current record, so a
/// read model keeps the one with the highest <see cref="IIntegrationEvent.AggregateVersion"/> whatever the
/// order of delivery.
/// </summary>
public interface IOrganEvent : IIntegrationEvent
{
    OrganSnapshot Organ { get; }
}

/// <summary>An organ as the directory records it after a change.</summary>
/// <param name="OrganId">Unified social credit code (GB 32100) or conference-issued id.</param>
/// <param name="Level">Regional, Municipal, County or Stationed.</param>
/// <param name="Kind">Organ, OrganPartyOrganization or WorkingCommittee.</param>
/// <param name="Status">Active or Retired.</param>
public sealed record OrganSnapshot(
    string OrganId,
    string RegionCode,
    string FullName,
    string ShortName,
    string Level,
    string Kind,
    string? ParentOrganId,
    string Status);
