namespace Corridor.Lists.Projects.Reactions;

/// <summary>A team deployed to a project, as Teams reported it (TeamDeployed / DeploymentEnded); listed on the project.</summary>
public sealed class ProjectDeployment
{
    private ProjectDeployment()
    {
    }

    public ProjectDeployment(Guid deploymentId, Guid teamId, Guid projectId)
    {
        DeploymentId = deploymentId;
        TeamId = teamId;
        ProjectId = projectId;
    }

    public Guid DeploymentId { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Null only while the end was heard of before the deployment itself (events may arrive out of order).</summary>
    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Deployed(DateOnly from, DateOnly? to, DateTime at)
    {
        From = from;
        To = to;
        UpdatedAt = at;
    }

    public void Ended(DateOnly endedOn, string reason, DateTime at)
    {
        EndedOn = endedOn;
        EndReason = reason;
        UpdatedAt = at;
    }
}
