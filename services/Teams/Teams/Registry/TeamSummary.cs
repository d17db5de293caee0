namespace Corridor.Teams.Teams.Registry;

public sealed record TeamSummary(
    Guid Id, string Kind, string Name, string OwnerOrganId, string RegionCode, string Status, DateOnly FormedOn, DateTime RegisteredAt, long Version,
    string? OwnerOrganName = null);
