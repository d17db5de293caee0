namespace Corridor.BuildingBlocks.Directory;

/// <summary>An organ a request names in <paramref name="Field"/>, with the region the request states for it, if any.</summary>
public sealed record NamedOrgan(string Field, string OrganId, string? StatedRegionCode = null, string? RegionField = null);
