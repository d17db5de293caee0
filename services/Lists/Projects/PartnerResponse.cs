namespace Corridor.Lists.Projects;

/// <summary>A partner; <paramref name="OrganName"/> is the organ's current name in the directory, null when Lists does not know it yet.</summary>
public sealed record PartnerResponse(string OrganId, string RegionCode, string? OrganName = null);
