using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Who may do what, and the rules beyond the status machine.</summary>
public sealed class ProblemRulesTests
{
    private static readonly DateTime Now = TestProblems.Now;

    [Fact]
    public void Raising_records_the_callers_organ_and_region_and_raises_ProblemRaised()
    {
        var enterprise = UnifiedSocialCreditCode.Complete("91450700MA5L00001");
        var problem = Problem.Raise(TestProblems.Raiser, "通关时间长", "", ProblemCategory.Customs, ProblemSeverity.Critical, enterprise, "  YL-7 ", Now);

        Assert.Equal(ProblemStatus.Open, problem.Status);
        Assert.Equal(DemoOrgans.Yulin.Id, problem.RaisedByOrganId);
        Assert.Equal("450900", problem.RaisedByRegionCode);
        Assert.Equal("450900", problem.HandlingRegionCode);
        Assert.Equal("YL-7", problem.ExternalReference);
        Assert.Equal(1, problem.Version);
        var raised = Assert.IsType<ProblemRaised>(Assert.Single(problem.PendingEvents()));
        Assert.Equal(enterprise, raised.EnterpriseCreditCode);
        Assert.Equal("Customs", raised.Category);
        Assert.Equal(ProblemStatus.Open, Assert.Single(problem.History).To);
    }

    [Fact]
    public void An_enterprise_with_a_bad_check_character_or_a_missing_title_is_refused()
    {
        var body = "91450700MA5L00001";
        var wrong = body + (UnifiedSocialCreditCode.CheckCharacter(body) == '0' ? '1' : '0');
        var bad = Assert.Throws<DomainRuleException>(() => Problem.Raise(TestProblems.Raiser, "t", "", ProblemCategory.Other, ProblemSeverity.Low, wrong, null, Now));
        Assert.Equal("problem.enterprise-code", bad.Code);

        Assert.Equal("problem.missing-title", Assert.Throws<DomainRuleException>(() => Problem.Raise(TestProblems.Raiser, " ", "", ProblemCategory.Other, ProblemSeverity.Low, null, null, Now)).Code);
    }

    public static TheoryData<string> NotSupervisors => new()
    {
        "raiser", "member-of-region", "coordinator-of-other-region",
    };

    private static CallerIdentity Caller(string who) => who switch
    {
        "raiser" => TestProblems.Raiser,
        "member-of-region" => TestProblems.Responsible,
        "coordinator-of-other-region" => TestProjects.Coordinator(DemoOrgans.Zhaoqing),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [MemberData(nameof(NotSupervisors))]
    public void Only_a_coordinator_of_the_handling_region_or_the_secretariat_accepts_rejects_marks_duplicate_or_transfers(string who)
    {
        var caller = Caller(who);
        var problem = TestProblems.Open();

        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() => TestProblems.Accept(problem, caller)).Code);
        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() => problem.Reject(caller, "r", Now)).Code);
        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() => problem.MarkDuplicateOf(caller, TestProblems.Open(), Now)).Code);
        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() => problem.Transfer(caller, DemoOrgans.Zhanjiang.Id, "440800", null, Now)).Code);
        Assert.Equal(1, problem.Version);

        TestProblems.Accept(problem, TestProblems.Supervisor);
        Assert.Equal(ProblemStatus.Accepted, problem.Status);
    }

    [Fact]
    public void Only_the_responsible_organ_starts_and_resolves_and_co_responsible_organs_may_report_progress()
    {
        var problem = TestProblems.In(ProblemStatus.Accepted);
        Assert.Equal("problem.not-responsible", Assert.Throws<ForbiddenException>(() => problem.Start(TestProblems.Supervisor, Now)).Code);
        Assert.Equal("problem.not-responsible", Assert.Throws<ForbiddenException>(() => problem.Start(TestProblems.CoResponsible, Now)).Code);
        problem.Start(TestProblems.Responsible, Now);

        Assert.Equal("problem.not-responsible", Assert.Throws<ForbiddenException>(() => problem.ReportProgress(TestProblems.Raiser, "x", null, Now)).Code);
        problem.ReportProgress(TestProblems.CoResponsible, "肇庆方已对接", "需要海关支持", Now);
        var report = Assert.Single(problem.ProgressReports);
        Assert.Equal(DemoOrgans.Zhaoqing.Id, report.ByOrganId);
        Assert.Equal("需要海关支持", report.SupportNeeded);

        Assert.Equal("problem.not-responsible", Assert.Throws<ForbiddenException>(() => problem.Resolve(TestProblems.CoResponsible, "done", Now)).Code);
        Assert.Equal("problem.missing-resolution", Assert.Throws<DomainRuleException>(() => problem.Resolve(TestProblems.Responsible, "", Now)).Code);
        problem.Resolve(TestProblems.Responsible, "增开两列", Now);
        Assert.Equal(ProblemStatus.Resolved, problem.Status);
    }

    [Fact]
    public void Only_the_raising_organ_confirms_or_reopens_and_satisfaction_is_one_to_five()
    {
        var problem = TestProblems.In(ProblemStatus.Resolved);
        Assert.Equal("problem.not-the-raiser", Assert.Throws<ForbiddenException>(() => problem.Confirm(TestProblems.Secretariat, 5, Now)).Code);
        Assert.Equal("problem.not-the-raiser", Assert.Throws<ForbiddenException>(() => problem.Reopen(TestProblems.Responsible, "no", Now)).Code);
        Assert.Equal("problem.satisfaction", Assert.Throws<DomainRuleException>(() => problem.Confirm(TestProblems.Raiser, 0, Now)).Code);
        Assert.Equal("problem.satisfaction", Assert.Throws<DomainRuleException>(() => problem.Confirm(TestProblems.Raiser, 6, Now)).Code);
        Assert.Equal("problem.missing-reason", Assert.Throws<DomainRuleException>(() => problem.Reopen(TestProblems.Raiser, " ", Now)).Code);

        problem.Confirm(TestProblems.Raiser, 3, Now);
        Assert.Equal(3, problem.Satisfaction);
        Assert.Equal(Now, problem.ClosedAt);
    }

    [Fact]
    public void A_reopened_problem_keeps_its_responsible_organ_and_starts_again_or_is_re_accepted()
    {
        var problem = TestProblems.In(ProblemStatus.Reopened);
        Assert.Equal(TestProblems.YulinBureau.Id, problem.ResponsibleOrganId);
        Assert.Null(problem.Resolution);
        problem.Start(TestProblems.Responsible, Now);
        problem.Resolve(TestProblems.Responsible, "再增开一列", Now);
        problem.Reopen(TestProblems.Raiser, "还是不够", Now);

        TestProblems.Accept(problem, TestProblems.Supervisor, TestProblems.Due.AddDays(10));
        Assert.Equal(TestProblems.Due.AddDays(10), problem.DueDate);
        Assert.Equal(ProblemStatus.Accepted, problem.Status);
    }

    [Fact]
    public void Acceptance_names_an_organ_of_the_handling_region_once_and_a_due_date_not_in_the_past()
    {
        var problem = TestProblems.Open();
        var outside = Assert.Throws<DomainRuleException>(() =>
            problem.Accept(TestProblems.Supervisor, DemoOrgans.Zhaoqing.Id, DemoOrgans.Zhaoqing.RegionCode, [], TestProblems.Due, Now));
        Assert.Equal("problem.responsible-outside-region", outside.Code);
        var twice = Assert.Throws<DomainRuleException>(() =>
            problem.Accept(TestProblems.Supervisor, TestProblems.YulinBureau.Id, "450900", [new(TestProblems.YulinBureau.Id, "450900")], TestProblems.Due, Now));
        Assert.Equal("problem.duplicate-organ", twice.Code);
        var past = Assert.Throws<DomainRuleException>(() => TestProblems.Accept(problem, due: TestProblems.Today.AddDays(-1)));
        Assert.Equal("problem.due-date-past", past.Code);
        Assert.Equal(ProblemStatus.Open, problem.Status);

        TestProblems.Accept(problem, due: TestProblems.Today);
        Assert.Equal(TestProblems.Today, problem.DueDate);
    }

    [Fact]
    public void A_transfer_hands_the_problem_to_another_region_whose_named_organ_then_accepts_it()
    {
        var problem = TestProblems.In(ProblemStatus.InProgress);
        problem.Transfer(TestProblems.Supervisor, DemoOrgans.Zhaoqing.Id, "441200", "属肇庆事权", Now);

        Assert.Equal(ProblemStatus.Transferred, problem.Status);
        Assert.Equal("441200", problem.HandlingRegionCode);
        Assert.Equal("450900", problem.RaisedByRegionCode);
        Assert.Null(problem.ResponsibleOrganId);
        Assert.Null(problem.DueDate);
        Assert.Empty(problem.CoResponsibleOrgans);
        var transferred = Assert.IsType<ProblemTransferred>(problem.PendingEvents()[^1]);
        Assert.Equal("450900", transferred.FromRegionCode);

        // The old region no longer supervises; the nominee may accept only as the responsible organ itself.
        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() => problem.Reject(TestProblems.Supervisor, "r", Now)).Code);
        Assert.Equal("problem.not-a-supervisor", Assert.Throws<ForbiddenException>(() =>
            problem.Accept(TestProjects.Member(DemoOrgans.Zhaoqing), TestProblems.YulinBureau.Id, "441200", [], TestProblems.Due, Now)).Code);
        problem.Accept(TestProjects.Member(DemoOrgans.Zhaoqing), DemoOrgans.Zhaoqing.Id, "441200", [], TestProblems.Due, Now);

        Assert.Equal(ProblemStatus.Accepted, problem.Status);
        Assert.Equal(DemoOrgans.Zhaoqing.Id, problem.ResponsibleOrganId);
        Assert.Null(problem.TransferredToOrganId);
        Assert.Equal(["raise", "accept", "start", "transfer", "accept"], problem.History.Select(h => h.Action));
    }

    [Fact]
    public void A_transfer_goes_to_a_valid_organ_of_another_region()
    {
        // That the region is a member is the directory's to say: ProblemOrganRegionsTests.A_transfer_to_an_organ_of_a_region_that_is_no_member_is_refused.
        var problem = TestProblems.Open();
        Assert.Equal("problem.transfer-same-region", Assert.Throws<DomainRuleException>(() => problem.Transfer(TestProblems.Supervisor, TestProblems.YulinBureau.Id, "450900", null, Now)).Code);
        Assert.Equal("problem.organ-code", Assert.Throws<DomainRuleException>(() => problem.Transfer(TestProblems.Supervisor, DemoOrgans.Zhaoqing.Id, "999999", null, Now)).Code);
        Assert.Equal("problem.organ-code", Assert.Throws<DomainRuleException>(() => problem.Transfer(TestProblems.Supervisor, "not-a-code", "441200", null, Now)).Code);
    }

    [Fact]
    public void A_problem_is_not_a_duplicate_of_itself_nor_of_a_tombstone()
    {
        var problem = TestProblems.Open();
        Assert.Equal("problem.duplicate-of-itself", Assert.Throws<DomainRuleException>(() => problem.MarkDuplicateOf(TestProblems.Supervisor, problem, Now)).Code);
        var tombstone = TestProblems.In(ProblemStatus.Duplicate);
        Assert.Equal("problem.duplicate-of-tombstone", Assert.Throws<DomainRuleException>(() => problem.MarkDuplicateOf(TestProblems.Supervisor, tombstone, Now)).Code);

        var survivor = TestProblems.Open();
        problem.MarkDuplicateOf(TestProblems.Supervisor, survivor, Now);
        Assert.Equal(survivor.Id, problem.DuplicateOfId);
    }

    [Fact]
    public void Any_member_of_the_conference_may_urge_and_each_urging_is_recorded()
    {
        var problem = TestProblems.In(ProblemStatus.Accepted);
        problem.Urge(TestProjects.Member(DemoOrgans.Hezhou), "请加快", Now, 3);
        problem.Urge(TestProblems.Secretariat, null, Now.AddHours(1), 3);

        Assert.Equal([DemoOrgans.Hezhou.Id, DemoOrgans.Guangxi.Id], problem.Urgings.Select(u => u.ByOrganId));
        Assert.Equal("请加快", problem.Urgings[0].Note);
    }

    [Fact]
    public void Overdue_counts_days_past_the_due_date_while_the_problem_is_handled()
    {
        var problem = TestProblems.In(ProblemStatus.InProgress);
        Assert.False(problem.IsOverdue(TestProblems.Due));
        Assert.Equal(1, problem.DaysOverdue(TestProblems.Due.AddDays(1)));
        problem.Resolve(TestProblems.Responsible, "ok", Now);
        Assert.False(problem.IsOverdue(TestProblems.Due.AddDays(5)));
        Assert.False(TestProblems.Open().IsOverdue(TestProblems.Due.AddDays(5)));
    }

    [Fact]
    public void Escalation_happens_once_after_the_configured_overdue_days_and_again_only_after_a_new_acceptance()
    {
        var problem = TestProblems.In(ProblemStatus.InProgress);
        var due = TestProblems.Due.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

        Assert.Equal("problem.not-overdue", Assert.Throws<DomainRuleException>(() => problem.Escalate(3, due.AddDays(2))).Code);
        problem.Escalate(3, due.AddDays(3));
        var escalated = Assert.IsType<ProblemEscalated>(problem.PendingEvents()[^1]);
        Assert.Equal(3, escalated.DaysOverdue);
        Assert.Equal(due.AddDays(3), problem.EscalatedAt);
        Assert.Equal(ProblemStatus.InProgress, problem.Status);
        Assert.Equal("problem.already-escalated", Assert.Throws<DomainRuleException>(() => problem.Escalate(3, due.AddDays(4))).Code);

        problem.Transfer(TestProblems.Supervisor, DemoOrgans.Zhaoqing.Id, "441200", null, due.AddDays(4));
        Assert.Null(problem.EscalatedAt);
    }
}
