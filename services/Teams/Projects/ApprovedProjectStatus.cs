namespace Corridor.Teams.Projects;

/// <summary>Where an approved project stands, as far as Teams has heard from Lists.</summary>
public enum ApprovedProjectStatus
{
    Approved,
    Completed,
    Cancelled,
}
