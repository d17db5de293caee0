namespace Corridor.Lists.Projects;

/// <summary>A partner organ; its region is the directory's, <paramref name="RegionCode"/> only checked against it when given (back compatibility).</summary>
public sealed record PartnerRequest(string? OrganId, string? RegionCode = null);
