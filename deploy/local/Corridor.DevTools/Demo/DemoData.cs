using static Corridor.DevTools.Demo.DemoOrgans;

namespace Corridor.DevTools.Demo;

/// <summary>
/// The demo data, after the joint conference's reference data: the Guangdong–Guangxi cooperation plan,
/// the Yulin–Zhaoqing and Hezhou–Zhanjiang pairing agreements, joint projects in the five cooperation
/// areas (理论联学/组织联建/骨干联训/工作联促/项目联推) and the commando teams on the Pinglu Canal.
/// </summary>
public static class DemoData
{
    public const string GuangdongGuangxiPlan = "yue-gui";
    public const string YulinZhaoqingAgreement = "yulin-zhaoqing";
    public const string HezhouZhanjiangAgreement = "hezhou-zhanjiang";

    public const string YulinZhaoqingProject = "yulin-zhaoqing-industry";
    public const string PingluCanalProject = "pinglu-canal";
    public const string HezhouZhanjiangProject = "hezhou-zhanjiang-project";

    public static IReadOnlyList<DemoAgreement> Agreements { get; } =
    [
        new(GuangdongGuangxiPlan, "CooperationPlan", "粤桂机关党建协作方案",
            new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), [Guangxi, Guangdong]),
        new(YulinZhaoqingAgreement, "PairingAgreement", "玉林–肇庆机关党建合作协议",
            new DateOnly(2025, 3, 1), new DateOnly(2027, 12, 31), [Yulin, Zhaoqing]),
        new(HezhouZhanjiangAgreement, "PairingAgreement", "贺州–湛江机关党建合作协议",
            new DateOnly(2025, 3, 1), new DateOnly(2027, 12, 31), [Hezhou, Zhanjiang]),
    ];

    public static IReadOnlyList<DemoProject> Projects { get; } =
    [
        new(YulinZhaoqingProject, "玉林—肇庆党建引领产业协作项目",
            "以党建引领两市产业转移协作：理论联学、组织联建、骨干联训、工作联促、项目联推，推动协作项目落地见效。",
            Yulin, [Zhaoqing], YulinZhaoqingAgreement, Approve: true),
        new(PingluCanalProject, "平陆运河建设机关党建联建项目",
            "钦州市与广东省直机关结对联建，组建党员突击队、青年突击队服务平陆运河建设，把党组织建在工地上。",
            Qinzhou, [Guangdong], null, Approve: true),
        new(HezhouZhanjiangProject, "贺州—湛江机关党建共建项目",
            "贺州、湛江两市机关党组织开展骨干联训和工作联促，共建东融先行示范区与北部湾港口协作平台。",
            Hezhou, [Zhanjiang], HezhouZhanjiangAgreement, Approve: false),
    ];

    public static IReadOnlyList<DemoTeam> Teams { get; } =
    [
        new("PartyMemberCommando", "平陆运河马道枢纽党员突击队", "攻坚马道枢纽船闸主体工程，党员带头抢工期、保质量、守安全。",
            new DateOnly(2025, 3, 1), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 4, 1), new DateOnly(2026, 6, 30), "马道枢纽船闸混凝土浇筑攻坚")]),
        new("PartyMemberCommando", "平陆运河企石枢纽党员突击队", "服务企石枢纽建设，做好征地拆迁和沿线群众工作。",
            new DateOnly(2025, 3, 1), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), "企石枢纽征地拆迁与群众工作")]),
        new("PartyMemberCommando", "平陆运河青年枢纽党员突击队", "保障青年枢纽航道开挖与沿线生态保护。",
            new DateOnly(2025, 3, 15), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 5, 1), null, "青年枢纽航道疏浚与生态保护")]),
        new("YouthCommando", "玉林市直机关青年突击队", "青年干部下沉产业协作一线，开展理论联学和项目联推。",
            new DateOnly(2025, 4, 1), Yulin,
            [new(YulinZhaoqingProject, new DateOnly(2025, 5, 1), new DateOnly(2025, 12, 31), "玉林—肇庆产业转移项目签约落地服务")]),
        new("VanguardSquad", "肇庆市直机关先锋攻坚小组", "对接玉林产业协作项目，破解审批、用地、用工等堵点难点。",
            new DateOnly(2025, 4, 1), Zhaoqing,
            [new(YulinZhaoqingProject, new DateOnly(2025, 5, 1), new DateOnly(2026, 4, 30), "协作项目审批与要素保障攻坚")]),
        new("TemporaryPartyBranch", "南宁市减税办临时党支部", "把支部建在减税降费工作专班上，确保政策红利直达市场主体。",
            new DateOnly(2025, 2, 10), Nanning, [], "国家税务总局南宁市税务局机关党委", new DateOnly(2026, 12, 31)),
    ];
}
