namespace Corridor.Teams.Teams.Deployments;

/// <summary>What a deployment achieved (成效), recorded by the owning region.</summary>
public sealed class DeploymentOutcome
{
    private DeploymentOutcome()
    {
    }

    public DeploymentOutcome(string text, string by, DateTime at)
    {
        Text = text;
        By = by;
        At = at;
    }

    public long Id { get; private set; }

    public string Text { get; private set; } = "";

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }
}
