namespace Corridor.Lists.Projects;

public sealed record PartnerResponse(string OrganId, string RegionCode);
