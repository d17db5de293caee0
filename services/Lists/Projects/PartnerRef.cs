namespace Corridor.Lists.Projects;

/// <summary>A partner organ and its region, as it appears in a revision's content.</summary>
public sealed record PartnerRef(string OrganId, string RegionCode);
