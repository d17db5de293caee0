namespace Corridor.Teams.Teams.Registry;

public sealed record TeamPage(IReadOnlyList<TeamSummary> Items, string? NextCursor);
