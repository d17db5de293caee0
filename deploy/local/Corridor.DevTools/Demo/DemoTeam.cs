namespace Corridor.DevTools.Demo;

/// <summary>
/// A team of the demo data, registered by the demo organ of <see cref="Region"/>. A temporary party branch
/// (临时党支部) names its parent party organisation and the day it must be dissolved. A team without
/// deployments is activated on <see cref="ActivatedOn"/> when given; <see cref="StandDownReason"/> stands it down.
/// </summary>
public sealed record DemoTeam(
    string Kind,
    string Name,
    string Mission,
    DateOnly FormedOn,
    string Region,
    IReadOnlyList<DemoDeployment> Deployments,
    string? ParentPartyOrganisation = null,
    DateOnly? DissolveBy = null,
    IReadOnlyList<DemoMember>? Members = null,
    DateOnly? ActivatedOn = null,
    string? StandDownReason = null);
