namespace Corridor.Contracts.Events;

/// <summary>A member left a team on the given date (the first day no longer on it). No personal data.</summary>
public sealed record MemberLeft(
    Guid TeamId,
    Guid MemberId,
    string Role,
    DateOnly LeftOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
