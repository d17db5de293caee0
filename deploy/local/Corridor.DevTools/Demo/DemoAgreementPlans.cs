using Corridor.BuildingBlocks.Reference;
using static Corridor.DevTools.Demo.DemoOrgans;

namespace Corridor.DevTools.Demo;

/// <summary>
/// The agreements' side of the demo data: the yearly plans of the five cooperation areas (理论联学、组织联建、骨干联训、
/// 工作联促、项目联推), the conference-wide working rules, memorandum and initiative, and a few recorded activities.
/// </summary>
public static class DemoAgreementPlans
{
    public const string WorkingRules = "working-rules";
    public const string Memorandum = "memorandum";
    public const string Initiative = "initiative";

    /// <summary>Every provincial-level member region, for the conference-wide documents.</summary>
    public static IReadOnlyList<string> AllMembers { get; } = [.. CorridorRegions.All.Where(r => r.ParentCode is null).Select(r => r.Code)];

    public static IReadOnlyList<DemoPlan> PairingPlan(string study, string organisation, string training, string work, string projects) =>
    [
        new(2025, "JointStudy", 4, study),
        new(2025, "JointOrganization", 2, organisation),
        new(2025, "JointTraining", 2, training),
        new(2025, "JointWork", 3, work),
        new(2025, "JointProjects", 1, projects),
        new(2026, "JointStudy", 4, study),
        new(2026, "JointOrganization", 2, organisation),
        new(2026, "JointTraining", 3, training),
        new(2026, "JointWork", 3, work),
        new(2026, "JointProjects", 2, projects),
    ];

    public static IReadOnlyList<DemoAgreement> ConferenceDocuments { get; } =
    [
        new(WorkingRules, "WorkingRules", "西部陆海新通道机关党建联席会议工作制度", new DateOnly(2025, 1, 1), null, AllMembers, "联席会议成员单位"),
        new(Memorandum, "Memorandum", "协同发展备忘录", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), AllMembers, "联席会议成员单位"),
        new(Initiative, "Initiative", "倡议书", new DateOnly(2025, 1, 1), null, AllMembers),
    ];

    public static IReadOnlyList<DemoActivity> Activities { get; } =
    [
        new(DemoData.YulinZhaoqingAgreement, "JointStudy", new DateOnly(2026, 3, 18), Yulin, [Yulin, Zhaoqing], 86, "两市直属机关党员干部联合开展专题学习研讨"),
        new(DemoData.YulinZhaoqingAgreement, "JointTraining", new DateOnly(2026, 5, 22), Zhaoqing, [Yulin, Zhaoqing], 48, "肇庆举办两市机关党务干部联合培训班"),
        new(DemoData.YulinZhaoqingAgreement, "JointWork", new DateOnly(2026, 9, 9), Yulin, [Yulin, Zhaoqing], 24, "联合督办产业转移协作项目审批堵点"),
        new(DemoData.HezhouZhanjiangAgreement, "JointOrganization", new DateOnly(2026, 4, 12), Hezhou, [Hezhou, Zhanjiang], 32, "贺州、湛江机关党支部结对共建签约"),
        new(DemoData.HezhouZhanjiangAgreement, "JointStudy", new DateOnly(2026, 6, 28), Zhanjiang, [Hezhou, Zhanjiang], 120, "“七一”联合主题党日暨理论联学"),
        new(DemoData.GuangdongGuangxiPlan, "JointWork", new DateOnly(2026, 7, 15), Guangxi, [Guangxi, Guangdong, Qinzhou], 60, "粤桂机关党建协作推进会：平陆运河建设协作事项"),
    ];
}
