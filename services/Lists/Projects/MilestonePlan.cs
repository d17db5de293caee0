namespace Corridor.Lists.Projects;

/// <summary>A planned milestone, as it appears in a revision's content; progress is tracked on <see cref="ProjectMilestone"/>.</summary>
public sealed record MilestonePlan(string Title, DateOnly DueDate);
