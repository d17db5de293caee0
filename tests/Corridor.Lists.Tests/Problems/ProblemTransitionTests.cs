using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Every action from every status: the legal ones move the problem, the rest are refused with "problem.illegal-transition".</summary>
public sealed class ProblemTransitionTests
{
    private static readonly Dictionary<string, (Action<Problem> Act, ProblemStatus[] From, ProblemStatus? To)> Actions = new()
    {
        ["accept"] = (AcceptAsSecretariat, [ProblemStatus.Open, ProblemStatus.Transferred, ProblemStatus.Reopened], ProblemStatus.Accepted),
        ["start"] = (p => p.Start(TestProblems.Responsible, TestProblems.Now), [ProblemStatus.Accepted, ProblemStatus.Reopened], ProblemStatus.InProgress),
        ["progress"] = (p => p.ReportProgress(TestProblems.Responsible, "已协调一列", "需要铁路局支持", TestProblems.Now), [ProblemStatus.InProgress], ProblemStatus.InProgress),
        ["resolve"] = (p => p.Resolve(TestProblems.Responsible, "增开两列", TestProblems.Now), [ProblemStatus.InProgress], ProblemStatus.Resolved),
        ["confirm"] = (p => p.Confirm(TestProblems.Raiser, 4, TestProblems.Now), [ProblemStatus.Resolved], ProblemStatus.Closed),
        ["reopen"] = (p => p.Reopen(TestProblems.Raiser, "仍不够", TestProblems.Now), [ProblemStatus.Resolved], ProblemStatus.Reopened),
        ["reject"] = (p => p.Reject(TestProblems.Secretariat, "不属于", TestProblems.Now), Live, ProblemStatus.Rejected),
        ["duplicate"] = (p => p.MarkDuplicateOf(TestProblems.Secretariat, TestProblems.Open(), TestProblems.Now), Live, ProblemStatus.Duplicate),
        ["transfer"] = (p => p.Transfer(TestProblems.Secretariat, DemoOrgans.Zhanjiang.Id, DemoOrgans.Zhanjiang.RegionCode, null, TestProblems.Now), Live, ProblemStatus.Transferred),
        ["urge"] = (p => p.Urge(TestProjects.Member(DemoOrgans.Hezhou), "请加快", TestProblems.Now, 3), Live, null),
    };

    private static readonly Dictionary<string, string> EventNames = new()
    {
        ["accept"] = nameof(ProblemAccepted),
        ["start"] = nameof(ProblemProgressReported),
        ["progress"] = nameof(ProblemProgressReported),
        ["resolve"] = nameof(ProblemResolved),
        ["confirm"] = nameof(ProblemClosed),
        ["reopen"] = nameof(ProblemReopened),
        ["reject"] = nameof(ProblemRejected),
        ["duplicate"] = nameof(ProblemMarkedDuplicate),
        ["transfer"] = nameof(ProblemTransferred),
        ["urge"] = nameof(ProblemUrged),
    };

    private static ProblemStatus[] Live =>
        [ProblemStatus.Open, ProblemStatus.Accepted, ProblemStatus.InProgress, ProblemStatus.Reopened, ProblemStatus.Transferred];

    /// <summary>After a transfer the responsible organ must come from the receiving region (肇庆).</summary>
    private static void AcceptAsSecretariat(Problem problem)
    {
        if (problem.Status == ProblemStatus.Transferred)
        {
            problem.Accept(TestProblems.Secretariat, DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.RegionCode, [], TestProblems.Due, TestProblems.Now);
        }
        else
        {
            TestProblems.Accept(problem, TestProblems.Secretariat);
        }
    }

    public static TheoryData<string, ProblemStatus> Legal()
    {
        var data = new TheoryData<string, ProblemStatus>();
        foreach (var (name, action) in Actions)
        {
            foreach (var from in action.From)
            {
                data.Add(name, from);
            }
        }

        return data;
    }

    public static TheoryData<string, ProblemStatus> Illegal()
    {
        var data = new TheoryData<string, ProblemStatus>();
        foreach (var (name, action) in Actions)
        {
            foreach (var from in Enum.GetValues<ProblemStatus>().Except(action.From))
            {
                data.Add(name, from);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Legal))]
    public void A_legal_transition_moves_the_problem_bumps_the_version_records_the_trail_and_raises_one_event(string action, ProblemStatus from)
    {
        var problem = TestProblems.In(from);
        var version = problem.Version;
        var trail = problem.History.Count;
        var (act, _, to) = Actions[action];

        act(problem);

        Assert.Equal(to ?? from, problem.Status);
        Assert.Equal(version + 1, problem.Version);
        Assert.Equal(trail + 1, problem.History.Count);
        var line = problem.History[^1];
        Assert.Equal(action, line.Action);
        Assert.Equal(from, line.From);
        Assert.Equal(to ?? from, line.To);
        Assert.Equal(TestProblems.Now, line.At);
        var raised = problem.PendingEvents()[^1];
        Assert.Equal(EventNames[action], raised.GetType().Name);
        Assert.Equal(problem.Version, raised.AggregateVersion);
        Assert.Equal(problem.Id, raised.AggregateId);
        Assert.Equal(TestProblems.Now, raised.OccurredAt);
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void An_illegal_transition_is_refused_and_changes_nothing(string action, ProblemStatus from)
    {
        var problem = TestProblems.In(from);
        var version = problem.Version;

        var refused = Assert.ThrowsAny<DomainRuleException>(() => Actions[action].Act(problem));

        Assert.Equal("problem.illegal-transition", refused.Code);
        Assert.Equal(from, problem.Status);
        Assert.Equal(version, problem.Version);
    }
}
