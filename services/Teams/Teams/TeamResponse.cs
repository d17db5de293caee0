namespace Corridor.Teams.Teams;

public sealed record TeamResponse(
    Guid Id,
    string Kind,
    string Name,
    string OwnerOrganId,
    string RegionCode,
    string Mission,
    string Status,
    DateOnly FormedOn,
    IReadOnlyList<DeploymentResponse> Deployments,
    long Version)
{
    public static TeamResponse From(Team t) => new(
        t.Id,
        t.Kind.ToString(),
        t.Name,
        t.OwnerOrganId,
        t.RegionCode,
        t.Mission,
        t.Status.ToString(),
        t.FormedOn,
        t.Deployments.Select(DeploymentResponse.Of).ToArray(),
        t.Version);
}

public sealed record DeploymentResponse(Guid Id, Guid ProjectId, DateOnly From, DateOnly? To, string Task)
{
    public static DeploymentResponse Of(Deployment d) => new(d.Id, d.ProjectId, d.From, d.To, d.Task);
}
