namespace Corridor.Lists.Problems;

public sealed record CoResponsibleOrganResponse(string OrganId, string RegionCode, string? OrganName = null);
