namespace Corridor.DevTools.Demo;

/// <summary>A team of the demo data, registered by the demo organ of <see cref="Region"/>.</summary>
public sealed record DemoTeam(string Kind, string Name, string Mission, DateOnly FormedOn, string Region, IReadOnlyList<DemoDeployment> Deployments);
