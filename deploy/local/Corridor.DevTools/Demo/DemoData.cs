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
            new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), [Guangxi, Guangdong], "粤桂两省区党政主要领导",
            DemoAgreementPlans.PairingPlan("学习贯彻党的创新理论联学", "机关党组织结对联建", "机关党务干部互派挂职培训", "平陆运河建设协作事项联合督办", "粤桂协作重大项目联推")),
        new(YulinZhaoqingAgreement, "PairingAgreement", "玉林–肇庆机关党建合作协议",
            new DateOnly(2025, 3, 1), new DateOnly(2027, 12, 31), [Yulin, Zhaoqing], "两市党委组织部",
            DemoAgreementPlans.PairingPlan("季度理论联学", "机关支部结对共建", "党务干部联合培训", "产业转移协作联合督办", "产业协作项目联推")),
        new(HezhouZhanjiangAgreement, "PairingAgreement", "贺州–湛江机关党建合作协议",
            new DateOnly(2025, 3, 1), new DateOnly(2027, 12, 31), [Hezhou, Zhanjiang], "两市党委组织部",
            DemoAgreementPlans.PairingPlan("主题党日联学", "东融先行示范区支部联建", "骨干互训", "港口协作平台工作联促", "北部湾港口协作项目联推")),
        .. DemoAgreementPlans.ConferenceDocuments,
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

    /// <summary>The commando teams, in <see cref="DemoTeams"/>.</summary>
    public static IReadOnlyList<DemoTeam> Teams => DemoTeams.All;
}
