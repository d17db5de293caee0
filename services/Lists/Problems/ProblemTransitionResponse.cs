namespace Corridor.Lists.Problems;

public sealed record ProblemTransitionResponse(string Action, string? From, string To, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note, string? ByOrganName = null);
