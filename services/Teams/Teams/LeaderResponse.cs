namespace Corridor.Teams.Teams;

/// <summary>The leader by name only: the name and role of members are visible to every reader.</summary>
public sealed record LeaderResponse(Guid MemberId, string PersonName, DateOnly Since);
