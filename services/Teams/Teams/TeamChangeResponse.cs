namespace Corridor.Teams.Teams;

public sealed record TeamChangeResponse(
    string Action, string? From, string To, DateOnly? EffectiveOn, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note, string? ByOrganName = null);
