namespace Corridor.Teams.Teams.Deployments;

public sealed record DeploymentResponse(
    Guid Id,
    Guid ProjectId,
    DateOnly From,
    DateOnly? To,
    string Task,
    DateOnly? EndedOn,
    string? EndReason,
    IReadOnlyList<OutcomeResponse> Outcomes,
    DateTime CreatedAt)
{
    public static DeploymentResponse Of(Deployment d) => new(
        d.Id,
        d.ProjectId,
        d.From,
        d.To,
        d.Task,
        d.EndedOn,
        d.EndReason,
        d.Outcomes.OrderBy(o => o.At).ThenBy(o => o.Id).Select(o => new OutcomeResponse(o.Text, o.By, o.At)).ToArray(),
        d.CreatedAt);
}

public sealed record OutcomeResponse(string Text, string By, DateTime At);
