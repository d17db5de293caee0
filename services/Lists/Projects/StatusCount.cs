namespace Corridor.Lists.Projects;

public sealed record StatusCount(string Status, int Projects);
