namespace Corridor.Lists.Projects;

public sealed record MilestoneResponse(int Number, string Title, DateOnly DueDate, int Percent, DateOnly? ReachedOn, string? LastNote, DateTime? UpdatedAt);
