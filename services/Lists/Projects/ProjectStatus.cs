namespace Corridor.Lists.Projects;

public enum ProjectStatus
{
    Draft,
    Submitted,
    Approved,
}
