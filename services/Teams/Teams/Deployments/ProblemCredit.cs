namespace Corridor.Teams.Teams.Deployments;

/// <summary>A problem (by its id in Lists) that the team helped resolve, optionally during one of its deployments.</summary>
public sealed class ProblemCredit
{
    private ProblemCredit()
    {
    }

    public ProblemCredit(Guid problemId, Guid? deploymentId, string? note, string by, DateTime at)
    {
        ProblemId = problemId;
        DeploymentId = deploymentId;
        Note = note;
        By = by;
        At = at;
    }

    public long Id { get; private set; }

    public Guid ProblemId { get; private set; }

    public Guid? DeploymentId { get; private set; }

    public string? Note { get; private set; }

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }
}
