using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>A deployment after a change, and the team's new version (the ETag).</summary>
public sealed record DeploymentChanged(DeploymentResponse Deployment, long Version) : IVersionedView;
