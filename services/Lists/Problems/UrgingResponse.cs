namespace Corridor.Lists.Problems;

public sealed record UrgingResponse(string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note, string? ByOrganName = null);
