using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Testing;

namespace Corridor.Lists.Tests;

/// <summary>Projects and callers built straight from the domain, between demo organs.</summary>
internal static class TestProjects
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static readonly ReviewPolicy WithSecretariat = new() { RequireSecretariat = true };

    public static readonly ReviewPolicy CoordinatorsOnly = new() { RequireSecretariat = false };

    public static CallerIdentity Member(DemoOrgan organ) => new($"{organ.Name}/member", organ.RegionCode, organ.Id, [CorridorRoles.Member]);

    public static CallerIdentity Coordinator(DemoOrgan organ) =>
        new($"{organ.Name}/coordinator", organ.RegionCode, organ.Id, [CorridorRoles.Member, CorridorRoles.Coordinator]);

    public static CallerIdentity Secretariat() =>
        new("secretariat", DemoOrgans.Guangxi.RegionCode, DemoOrgans.Guangxi.Id, [CorridorRoles.Member, CorridorRoles.Secretariat]);

    public static ProjectPartner Partner(DemoOrgan organ) => new(organ.Id, organ.RegionCode);

    public static Project Draft(DemoOrgan lead, params DemoOrgan[] partners) =>
        Project.Draft("玉林—肇庆 党建引领产业协作", "两地机关党组织联合推动产业协作", lead.Id, lead.RegionCode, partners.Select(Partner).ToArray(), null, Now);

    public static Project Submitted(DemoOrgan lead, params DemoOrgan[] partners)
    {
        var project = Draft(lead, partners);
        project.Submit(Member(lead));
        return project;
    }
}
