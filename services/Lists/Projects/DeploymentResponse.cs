using Corridor.Lists.Projects.Reactions;

namespace Corridor.Lists.Projects;

public sealed record DeploymentResponse(Guid DeploymentId, Guid TeamId, DateOnly? From, DateOnly? To, DateOnly? EndedOn, string? EndReason, bool Active)
{
    public static DeploymentResponse Of(ProjectDeployment d) => new(d.DeploymentId, d.TeamId, d.From, d.To, d.EndedOn, d.EndReason, d.EndedOn is null);
}
