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

    public static PartnerRef Partner(DemoOrgan organ) => new(organ.Id, organ.RegionCode);

    public static ProjectContent Content(params DemoOrgan[] partners) => new(
        "玉林—肇庆 党建引领产业协作",
        "两地机关党组织联合推动产业协作",
        ProjectCategory.IndustrialCooperation,
        12_345_678,
        new DateOnly(2026, 6, 1),
        new DateOnly(2027, 5, 31),
        partners.Select(Partner).ToArray(),
        [new MilestonePlan("签署合作备忘录", new DateOnly(2026, 7, 1)), new MilestonePlan("首批项目落地", new DateOnly(2027, 3, 31))],
        null);

    public static Project Draft(DemoOrgan lead, params DemoOrgan[] partners) => Project.Draft(Member(lead), Content(partners), Now);

    public static Project Submitted(DemoOrgan lead, params DemoOrgan[] partners)
    {
        var project = Draft(lead, partners);
        project.Submit(Member(lead), WithSecretariat, Now);
        return project;
    }
}
