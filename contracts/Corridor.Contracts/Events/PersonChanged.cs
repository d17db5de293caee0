namespace Corridor.Contracts.Events;

/// <summary>
/// A person's record as it now is: created, roles changed, locked or unlocked; the whole record, so a read model keeps
/// the highest version. <see cref="Active"/> is false while a manager has locked the person.
/// </summary>
public sealed record PersonChanged(
    Guid PersonId,
    string UserName,
    string DisplayName,
    string OrganId,
    string RegionCode,
    IReadOnlyList<string> Roles,
    string? Email,
    bool Active,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => PersonId;
}
