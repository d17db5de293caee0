using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Problems;
using Corridor.Lists.Problems.Supervision;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Problems;

/// <summary>
/// Problems built straight from the domain: raised by 玉林 (Yulin), supervised by Yulin's coordinator,
/// handled by 贺州 (Hezhou, same province) as responsible organ with 肇庆 (Zhaoqing) as co-responsible.
/// </summary>
internal static class TestProblems
{
    public static readonly DateTime Now = TestProjects.Now;

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static readonly DateOnly Due = Today.AddDays(30);

    /// <summary>An organ of the raiser's region (450900) that is not the raiser.</summary>
    public static readonly DemoOrgan YulinBureau = new(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("11450900MB0000099"), "玉林市商务局", "450900");

    public static CallerIdentity Raiser => TestProjects.Member(DemoOrgans.Yulin);

    public static CallerIdentity Supervisor => TestProjects.Coordinator(DemoOrgans.Yulin);

    public static CallerIdentity Responsible => TestProjects.Member(YulinBureau);

    public static CallerIdentity CoResponsible => TestProjects.Member(DemoOrgans.Zhaoqing);

    public static CallerIdentity Secretariat => TestProjects.Secretariat();

    public static Problem Open() =>
        Problem.Raise(Raiser, "钦州港铁海联运班列运力不足", "旺季班列舱位紧张", ProblemCategory.Logistics, ProblemSeverity.High, null, "YL-2026-001", Now);

    public static Problem In(ProblemStatus status)
    {
        var problem = Open();
        switch (status)
        {
            case ProblemStatus.Open:
                break;
            case ProblemStatus.Accepted:
                Accept(problem);
                break;
            case ProblemStatus.InProgress:
                Accept(problem);
                problem.Start(Responsible, Now);
                break;
            case ProblemStatus.Resolved:
                Accept(problem);
                problem.Start(Responsible, Now);
                problem.Resolve(Responsible, "增开两列", Now);
                break;
            case ProblemStatus.Closed:
                problem = In(ProblemStatus.Resolved);
                problem.Confirm(Raiser, 5, Now);
                break;
            case ProblemStatus.Reopened:
                problem = In(ProblemStatus.Resolved);
                problem.Reopen(Raiser, "仍不够", Now);
                break;
            case ProblemStatus.Rejected:
                problem.Reject(Supervisor, "不属于联席会议范围", Now);
                break;
            case ProblemStatus.Duplicate:
                problem.MarkDuplicateOf(Supervisor, Open(), Now);
                break;
            case ProblemStatus.Transferred:
                problem.Transfer(Supervisor, DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.RegionCode, "肇庆主责", Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }

        Assert.Equal(status, problem.Status);
        return problem;
    }

    public static void Accept(Problem problem, CallerIdentity? caller = null, DateOnly? due = null) =>
        problem.Accept(caller ?? Supervisor, YulinBureau.Id, YulinBureau.RegionCode, [new CoResponsibleOrgan(DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.RegionCode)], due ?? Due, Now);
}
