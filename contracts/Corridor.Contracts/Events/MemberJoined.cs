namespace Corridor.Contracts.Events;

/// <summary>
/// A person joined a team in a role (Leader, Deputy, Member). Carries no personal data (no name, no
/// phone): subscribers count and link by the member id; the roster stays in Teams.
/// </summary>
public sealed record MemberJoined(
    Guid TeamId,
    Guid MemberId,
    string Role,
    bool PartyMember,
    DateOnly JoinedOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
