using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Retracting (deleting) a problem: only the raising region, only before anyone acted on it.</summary>
public sealed class ProblemRetractionTests
{
    private static readonly DateTime Now = TestProblems.Now;

    [Fact]
    public void The_raising_region_retracts_an_untouched_problem_and_the_event_carries_the_next_version()
    {
        var problem = TestProblems.Open();
        var sameRegionOtherOrgan = TestProblems.Responsible;

        problem.Retract(sameRegionOtherOrgan, referenced: false, Now.AddHours(1));

        Assert.Equal(2, problem.Version);
        var retracted = Assert.IsType<ProblemRetracted>(problem.PendingEvents()[^1]);
        Assert.Equal((problem.Id, "450900", "450900", "YL-2026-001", TestProblems.YulinBureau.Id, 2L, Now.AddHours(1)),
            (retracted.ProblemId, retracted.RaisedByRegionCode, retracted.HandlingRegionCode, retracted.ExternalReference, retracted.RetractedByOrganId, retracted.AggregateVersion, retracted.OccurredAt));
    }

    [Fact]
    public void Another_region_even_its_coordinator_or_the_secretariat_cannot_retract()
    {
        foreach (var stranger in new[] { TestProjects.Member(DemoOrgans.Zhaoqing), TestProjects.Coordinator(DemoOrgans.Zhaoqing), TestProblems.Secretariat })
        {
            var problem = TestProblems.Open();
            var refused = Assert.Throws<ForbiddenException>(() => problem.Retract(stranger, referenced: false, Now));
            Assert.Equal("problem.not-the-raising-region", refused.Code);
            Assert.Equal(1, problem.Version);
        }
    }

    public static TheoryData<string> ActedOn => new() { "accepted", "rejected", "transferred", "urged", "matched" };

    [Theory]
    [MemberData(nameof(ActedOn))]
    public void A_problem_someone_acted_on_cannot_be_retracted(string how)
    {
        var problem = TestProblems.Open();
        var referenced = false;
        switch (how)
        {
            case "accepted":
                problem = TestProblems.In(ProblemStatus.Accepted);
                break;
            case "rejected":
                problem.Reject(TestProblems.Supervisor, "不属于走廊事项", Now);
                break;
            case "transferred":
                problem.Transfer(TestProblems.Supervisor, DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.RegionCode, "肇庆牵头", Now);
                break;
            case "urged":
                problem.Urge(TestProjects.Member(DemoOrgans.Hezhou), "请加快", Now, 3);
                break;
            case "matched":
                referenced = true;
                break;
        }

        var version = problem.Version;
        var refused = Assert.Throws<DomainRuleException>(() => problem.Retract(TestProblems.Raiser, referenced, Now));

        Assert.Equal("problem.not-retractable", refused.Code);
        Assert.Equal(version, problem.Version);
        Assert.DoesNotContain(problem.PendingEvents(), e => e is ProblemRetracted);
    }
}
