namespace Corridor.Lists.Projects;

public sealed record PartnerRequest(string? OrganId, string? RegionCode);
