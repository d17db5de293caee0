namespace Corridor.Lists.Projects;

public sealed record MilestoneRequest(string? Title, DateOnly? DueDate);
