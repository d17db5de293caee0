namespace Corridor.Lists.Projects;

public sealed record RevisionDiffResponse(int From, int To, IReadOnlyList<FieldChange> Changes);
