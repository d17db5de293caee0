namespace Corridor.DevTools.Api;

/// <summary>A team's deployment as Teams answers it.</summary>
public sealed record DeploymentView(Guid Id, Guid ProjectId, DateOnly From, DateOnly? To, string Task);
