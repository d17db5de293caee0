namespace Corridor.Teams.Teams;

/// <summary>The body of POST /api/v1/teams (register), PUT /api/v1/teams/{id} (edit) and PUT /api/v1/teams/by-ref/{externalReference}.</summary>
public sealed record RegisterTeamRequest(string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation = null, DateOnly? DissolveBy = null);

public sealed record ActivateTeamRequest(DateOnly? EffectiveOn, string? Note);

public sealed record StandDownRequest(string? Reason, DateOnly? EffectiveOn);
