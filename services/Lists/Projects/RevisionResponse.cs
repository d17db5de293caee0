namespace Corridor.Lists.Projects;

public sealed record RevisionResponse(int Number, string SavedBy, string SavedByOrganId, DateTime SavedAt, ProjectContent Content, string? SavedByOrganName = null);
