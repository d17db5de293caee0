namespace Corridor.Lists.Projects;

public sealed record ProjectTransitionResponse(string Action, string? From, string To, int Revision, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note, string? ByOrganName = null);
