using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Matching;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;
using Corridor.Lists.Tests.Problems;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Matching;

/// <summary>A problem raised by 玉林 (Yulin) met by a resource 肇庆 (Zhaoqing) offers; 贺州 (Hezhou) is no party.</summary>
public sealed class MatchRulesTests
{
    private static readonly DateTime Now = TestProblems.Now;
    private static readonly DateTime Later = Now.AddHours(2);

    private static CallerIdentity Raiser => TestResources.Member(DemoOrgans.Yulin);

    private static CallerIdentity Offerer => TestResources.Member(DemoOrgans.Zhaoqing);

    private static CallerIdentity Outsider => TestResources.Member(DemoOrgans.Hezhou);

    [Fact]
    public void Proposed_by_the_raiser_and_accepted_by_the_offerer_the_match_commits_and_reserves_the_resource()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);

        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(1, match.Version);
        Assert.Equal(Now, match.RaiserAcceptedAt);
        Assert.Null(match.OffererAcceptedAt);
        var proposed = Assert.IsType<MatchProposed>(Assert.Single(match.PendingEvents()));
        Assert.Equal((match.Id, problem.Id, resource.Id, DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, DemoOrgans.Yulin.Id, 1L),
            (proposed.MatchId, proposed.ProblemId, proposed.ResourceId, proposed.RaisingOrganId, proposed.OfferingOrganId, proposed.ProposedByOrganId, proposed.AggregateVersion));
        Assert.Equal(ResourceStatus.Available, resource.Status);

        match.Accept(problem, resource, Offerer, Later);

        Assert.Equal(MatchStatus.Committed, match.Status);
        Assert.Equal(2, match.Version);
        Assert.Equal(Later, match.CommittedAt);
        Assert.Equal(ResourceStatus.Reserved, resource.Status);
        Assert.Equal(match.Id, resource.ReservedBy);
        var events = match.PendingEvents();
        var accepted = Assert.IsType<MatchAccepted>(events[1]);
        Assert.Equal(DemoOrgans.Zhaoqing.Id, accepted.AcceptedByOrganId);
        var commitment = Assert.IsType<CommitmentMade>(events[2]);
        Assert.Equal((match.Id, problem.Id, resource.Id, DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, 2L, Later),
            (commitment.MatchId, commitment.ProblemId, commitment.ResourceId, commitment.RaisingOrganId, commitment.OfferingOrganId, commitment.AggregateVersion, commitment.OccurredAt));
        Assert.IsType<ResourceReserved>(resource.PendingEvents()[^1]);
    }

    [Fact]
    public void Proposed_by_the_offerer_the_match_commits_when_the_raiser_accepts()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Offerer, Now);
        Assert.Equal(Now, match.OffererAcceptedAt);
        Assert.Null(match.RaiserAcceptedAt);

        match.Accept(problem, resource, Raiser, Later);

        Assert.Equal(MatchStatus.Committed, match.Status);
        Assert.Equal(ResourceStatus.Reserved, resource.Status);
    }

    [Fact]
    public void An_organ_that_both_raised_the_problem_and_offers_the_resource_commits_by_proposing()
    {
        var (problem, resource) = (TestProblems.Open(), TestResources.Offered(DemoOrgans.Yulin));

        var match = Match.Propose(problem, resource, Raiser, Now);

        Assert.Equal(MatchStatus.Committed, match.Status);
        Assert.Equal(ResourceStatus.Reserved, resource.Status);
        Assert.IsType<CommitmentMade>(match.PendingEvents()[^1]);
    }

    [Fact]
    public void Only_the_raising_and_the_offering_organ_may_propose_accept_or_decline()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var sameRegionOtherOrgan = TestProjects.Member(TestProblems.YulinBureau);

        Assert.Equal("match.not-a-party", Assert.Throws<ForbiddenException>(() => Match.Propose(problem, resource, Outsider, Now)).Code);
        Assert.Equal("match.not-a-party", Assert.Throws<ForbiddenException>(() => Match.Propose(problem, resource, sameRegionOtherOrgan, Now)).Code);

        var match = Match.Propose(problem, resource, Raiser, Now);
        Assert.Equal("match.not-a-party", Assert.Throws<ForbiddenException>(() => match.Accept(problem, resource, Outsider, Later)).Code);
        Assert.Equal("match.not-a-party", Assert.Throws<ForbiddenException>(() => match.Decline(Outsider, "不合适", Later)).Code);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(1, match.Version);
    }

    [Fact]
    public void The_same_side_cannot_accept_twice()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);

        Assert.Equal("match.already-accepted", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Raiser, Later)).Code);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(1, match.Version);
    }

    [Fact]
    public void A_committed_match_can_be_neither_accepted_nor_declined()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);
        match.Accept(problem, resource, Offerer, Later);

        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Offerer, Later)).Code);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Raiser, Later)).Code);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Decline(Raiser, "改主意", Later)).Code);
        Assert.Equal(MatchStatus.Committed, match.Status);
    }

    [Theory]
    [InlineData("raiser")]
    [InlineData("offerer")]
    public void Either_side_declines_with_a_reason_and_the_declined_match_is_final(string side)
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);
        var caller = side == "raiser" ? Raiser : Offerer;

        Assert.Equal("match.reason-required", Assert.Throws<DomainRuleException>(() => match.Decline(caller, "  ", Later)).Code);
        match.Decline(caller, " 运力已另行安排 ", Later);

        Assert.Equal(MatchStatus.Declined, match.Status);
        Assert.Equal("运力已另行安排", match.DeclineReason);
        Assert.Equal(caller.Organ, match.DeclinedByOrganId);
        var declined = Assert.IsType<MatchDeclined>(match.PendingEvents()[^1]);
        Assert.Equal((caller.Organ, "运力已另行安排", 2L), (declined.DeclinedByOrganId, declined.Reason, declined.AggregateVersion));
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Offerer, Later)).Code);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Decline(Offerer, "再拒", Later)).Code);
        Assert.Equal(ResourceStatus.Available, resource.Status);
    }

    [Theory]
    [InlineData(ProblemStatus.Closed)]
    [InlineData(ProblemStatus.Rejected)]
    [InlineData(ProblemStatus.Duplicate)]
    public void A_final_problem_cannot_be_matched(ProblemStatus status)
    {
        Assert.Equal("match.problem-final", Assert.Throws<DomainRuleException>(() => Match.Propose(TestProblems.In(status), Offered(), Raiser, Now)).Code);
    }

    [Fact]
    public void A_problem_that_became_final_after_the_proposal_cannot_be_committed()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);
        problem.Reject(TestProblems.Supervisor, "不属于联席会议范围", Now);

        Assert.Equal("match.problem-final", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Offerer, Later)).Code);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(ResourceStatus.Available, resource.Status);
    }

    [Theory]
    [InlineData(ProblemStatus.Accepted)]
    [InlineData(ProblemStatus.InProgress)]
    [InlineData(ProblemStatus.Resolved)]
    [InlineData(ProblemStatus.Reopened)]
    [InlineData(ProblemStatus.Transferred)]
    public void A_problem_that_is_not_final_can_be_matched(ProblemStatus status)
    {
        Assert.Equal(MatchStatus.Proposed, Match.Propose(TestProblems.In(status), Offered(), Raiser, Now).Status);
    }

    [Fact]
    public void A_resource_that_is_not_available_can_be_neither_matched_nor_committed()
    {
        var problem = TestProblems.Open();
        var withdrawn = Offered();
        withdrawn.Withdraw(Offerer, "停运", Now);
        var exhausted = Offered();
        exhausted.MarkExhausted(Offerer, Now);

        Assert.Equal("match.resource-unavailable", Assert.Throws<DomainRuleException>(() => Match.Propose(problem, withdrawn, Raiser, Now)).Code);
        Assert.Equal("match.resource-unavailable", Assert.Throws<DomainRuleException>(() => Match.Propose(problem, exhausted, Raiser, Now)).Code);

        // Two proposals on one resource: the first commitment takes it, the second cannot commit any more.
        var resource = Offered();
        var first = Match.Propose(problem, resource, Raiser, Now);
        var otherProblem = TestProblems.Open();
        var second = Match.Propose(otherProblem, resource, Raiser, Now);
        first.Accept(problem, resource, Offerer, Later);

        Assert.Equal("match.resource-unavailable", Assert.Throws<DomainRuleException>(() => second.Accept(otherProblem, resource, Offerer, Later)).Code);
        Assert.Equal(MatchStatus.Proposed, second.Status);
        Assert.Equal(first.Id, resource.ReservedBy);
    }

    [Theory]
    [InlineData("raiser")]
    [InlineData("offerer")]
    public void Either_side_releases_a_commitment_with_a_reason_and_the_resource_is_available_again(string side)
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);
        match.Accept(problem, resource, Offerer, Now);
        var releasing = side == "raiser" ? Raiser : Offerer;

        Assert.Equal("match.not-a-party", Assert.Throws<ForbiddenException>(() => match.Release(resource, Outsider, "不需要了", Later)).Code);
        Assert.Equal("match.reason-required", Assert.Throws<DomainRuleException>(() => match.Release(resource, releasing, " ", Later)).Code);
        match.Release(resource, releasing, " 企业已自行解决 ", Later);

        Assert.Equal(MatchStatus.Released, match.Status);
        Assert.Equal((releasing.Organ, "企业已自行解决", (DateTime?)Later, 3L), (match.ReleasedByOrganId, match.ReleaseReason, match.ReleasedAt, match.Version));
        Assert.Equal(ResourceStatus.Available, resource.Status);
        Assert.Null(resource.ReservedBy);
        var released = Assert.IsType<CommitmentReleased>(match.PendingEvents()[^1]);
        Assert.Equal((match.Id, problem.Id, resource.Id, releasing.Organ, "企业已自行解决", 3L, Later),
            (released.MatchId, released.ProblemId, released.ResourceId, released.ReleasedByOrganId, released.Reason, released.AggregateVersion, released.OccurredAt));
        Assert.IsType<ResourceReleased>(resource.PendingEvents()[^1]);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Release(resource, releasing, "again", Later)).Code);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => match.Accept(problem, resource, Offerer, Later)).Code);
    }

    [Fact]
    public void Only_a_committed_match_can_be_released()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var proposed = Match.Propose(problem, resource, Raiser, Now);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => proposed.Release(resource, Raiser, "不需要了", Later)).Code);

        var declined = Match.Propose(problem, resource, Raiser, Now);
        declined.Decline(Offerer, "舱位已满", Now);
        Assert.Equal("match.illegal-transition", Assert.Throws<DomainRuleException>(() => declined.Release(resource, Raiser, "不需要了", Later)).Code);
        Assert.Equal(ResourceStatus.Available, resource.Status);
    }

    [Fact]
    public void Releasing_a_commitment_leaves_a_resource_the_owner_withdrew_meanwhile_withdrawn()
    {
        var (problem, resource) = (TestProblems.Open(), Offered());
        var match = Match.Propose(problem, resource, Raiser, Now);
        match.Accept(problem, resource, Offerer, Now);
        resource.Withdraw(Offerer, "船期取消", Now);

        match.Release(resource, Raiser, "资源已撤回", Later);

        Assert.Equal(MatchStatus.Released, match.Status);
        Assert.Equal(ResourceStatus.Withdrawn, resource.Status);
        Assert.DoesNotContain(resource.PendingEvents(), e => e is ResourceReleased);
    }

    private static Resource Offered() => TestResources.Offered(DemoOrgans.Zhaoqing);
}
