namespace Corridor.Lists.Projects;

public sealed record RevisionSummary(int Number, string SavedBy, string SavedByOrganId, string SavedByRegionCode, DateTime SavedAt, IReadOnlyList<string> ChangedFields, string? SavedByOrganName = null);
