using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Problems;
using Corridor.Testing;

namespace Corridor.MicroBenchmarks.Fixtures;

/// <summary>The organ every micro benchmark acts as (a Yulin organ, as the end-to-end benchmark's callers), and the problem it raises.</summary>
internal static class BenchCaller
{
    public static readonly string RegionCode = DemoOrgans.Yulin.RegionCode;

    public static readonly string OrganName = DemoOrgans.Yulin.Name;

    public const string Title = "旺季班列舱位紧张";

    public const string Description = "旺季班列舱位紧张，企业货物滞港，需协调增开班列并优化通关流程";

    public static readonly string OrganId = DemoOrgans.Yulin.Id;

    public static readonly string EnterpriseCode = UnifiedSocialCreditCode.Complete("91450700MA5L00001");

    /// <summary>A member with every Lists scope, as a person's token carries them.</summary>
    public static CallerIdentity Member { get; } = new("bench", RegionCode, OrganId, [CorridorRoles.Member])
    {
        Scopes = new HashSet<string>(["lists.read", "lists.write"], StringComparer.Ordinal),
    };

    /// <summary>A problem as the raise use case makes it (its ProblemRaised event pending).</summary>
    public static Problem RaiseProblem(string? externalReference = null) => Problem.Raise(
        Member, Title, Description, ProblemCategory.Logistics, ProblemSeverity.High, EnterpriseCode, externalReference, DateTime.UtcNow);
}
