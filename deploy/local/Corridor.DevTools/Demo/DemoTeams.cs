using static Corridor.DevTools.Demo.DemoData;
using static Corridor.DevTools.Demo.DemoOrgans;

namespace Corridor.DevTools.Demo;

/// <summary>
/// The commando teams of the demo data: party-member commando teams (党员突击队) on the Pinglu Canal's hubs, youth
/// commando teams (青年突击队) at Qinzhou port and in Yulin, temporary party branches (临时党支部) on a tax-reduction
/// office and the port's joint inspection, vanguard squads (先锋攻坚小组) in Zhaoqing and Zhanjiang. Kinds are the keys of
/// shared/reference/corridor.json (team_kinds), copied here so nothing reads the reference file at run time.
/// </summary>
public static class DemoTeams
{
    public static IReadOnlyList<DemoTeam> All { get; } =
    [
        new("PartyMemberCommando", "平陆运河马道枢纽党员突击队", "攻坚马道枢纽船闸主体工程，党员带头抢工期、保质量、守安全。",
            new DateOnly(2025, 3, 1), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 4, 1), new DateOnly(2026, 6, 30), "马道枢纽船闸混凝土浇筑攻坚",
                ["船闸闸首混凝土浇筑提前 20 天完成", "组织党员先锋岗 12 个，攻克大体积混凝土温控难题"])],
            Members:
            [
                new("黄志强", "Leader", true, new DateOnly(2025, 3, 1), "13807771001"),
                new("韦丽娟", "Deputy", true, new DateOnly(2025, 3, 1)),
                new("覃海波", "Member", true, new DateOnly(2025, 3, 10)),
                new("陆明", "Member", false, new DateOnly(2025, 3, 10)),
            ]),
        new("PartyMemberCommando", "平陆运河企石枢纽党员突击队", "服务企石枢纽建设，做好征地拆迁和沿线群众工作。",
            new DateOnly(2025, 3, 1), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), "企石枢纽征地拆迁与群众工作", ["完成沿线 3 个村征地协调"])],
            Members:
            [
                new("梁建华", "Leader", true, new DateOnly(2025, 3, 1), "13907771002"),
                new("农秀英", "Member", true, new DateOnly(2025, 3, 5)),
            ]),
        new("PartyMemberCommando", "平陆运河青年枢纽党员突击队", "保障青年枢纽航道开挖与沿线生态保护。",
            new DateOnly(2025, 3, 15), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 5, 1), null, "青年枢纽航道疏浚与生态保护")],
            Members:
            [
                new("李国栋", "Leader", true, new DateOnly(2025, 3, 15)),
                new("何春燕", "Deputy", true, new DateOnly(2025, 3, 15)),
            ]),
        new("YouthCommando", "钦州港区青年突击队", "平陆运河入海口钦州港配套码头建设，青年干部驻港服务项目。",
            new DateOnly(2025, 5, 4), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 5, 10), new DateOnly(2026, 5, 9), "钦州港配套码头建设一线服务")],
            Members:
            [
                new("苏晓峰", "Leader", true, new DateOnly(2025, 5, 4), "18977771003"),
                new("廖婷", "Member", false, new DateOnly(2025, 5, 4)),
                new("黎文杰", "Member", true, new DateOnly(2025, 5, 4)),
            ]),
        new("YouthCommando", "广西区直机关平陆运河青年突击队", "区直机关青年干部下沉平陆运河建设一线，开展政策宣讲和要素保障。",
            new DateOnly(2025, 4, 1), Guangxi,
            [new(PingluCanalProject, new DateOnly(2025, 4, 15), new DateOnly(2025, 12, 31), "沿线政策宣讲与要素保障")],
            Members:
            [
                new("蒙思远", "Leader", true, new DateOnly(2025, 4, 1)),
                new("唐雪梅", "Member", true, new DateOnly(2025, 4, 1)),
            ]),
        new("YouthCommando", "玉林市直机关青年突击队", "青年干部下沉产业协作一线，开展理论联学和项目联推。",
            new DateOnly(2025, 4, 1), Yulin,
            [new(YulinZhaoqingProject, new DateOnly(2025, 5, 1), new DateOnly(2025, 12, 31), "玉林—肇庆产业转移项目签约落地服务")],
            Members: [new("陈伟", "Leader", true, new DateOnly(2025, 4, 1), "13768751004"), new("庞丽", "Member", false, new DateOnly(2025, 4, 1))]),
        new("VanguardSquad", "肇庆市直机关先锋攻坚小组", "对接玉林产业协作项目，破解审批、用地、用工等堵点难点。",
            new DateOnly(2025, 4, 1), Zhaoqing,
            [new(YulinZhaoqingProject, new DateOnly(2025, 5, 1), new DateOnly(2026, 4, 30), "协作项目审批与要素保障攻坚")],
            Members: [new("冯家明", "Leader", true, new DateOnly(2025, 4, 1))]),
        // A vanguard squad may work on two projects at once: the port's bottlenecks and the canal's.
        new("VanguardSquad", "湛江港先锋攻坚小组", "北部湾港口群协作：湛江港与钦州港通关、航线和集疏运堵点攻坚。",
            new DateOnly(2025, 5, 1), Zhanjiang,
            [
                new(PingluCanalProject, new DateOnly(2025, 6, 1), new DateOnly(2026, 5, 31), "北部湾港航线衔接与集疏运攻坚"),
                new(YulinZhaoqingProject, new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), "粤桂产业协作物流通道攻坚"),
            ],
            Members: [new("吴海洋", "Leader", true, new DateOnly(2025, 5, 1), "13602501005"), new("谢敏", "Member", true, new DateOnly(2025, 5, 1))]),
        new("TemporaryPartyBranch", "南宁市减税办临时党支部", "把支部建在减税降费工作专班上，确保政策红利直达市场主体。",
            new DateOnly(2025, 2, 10), Nanning, [], "国家税务总局南宁市税务局机关党委", new DateOnly(2026, 12, 31),
            Members: [new("罗芳", "Leader", true, new DateOnly(2025, 2, 10)), new("杨帆", "Member", true, new DateOnly(2025, 2, 10))],
            ActivatedOn: new DateOnly(2025, 2, 20)),
        new("TemporaryPartyBranch", "钦州港口岸联检临时党支部", "把支部建在口岸联检一线，服务平陆运河和钦州港通关便利化。",
            new DateOnly(2025, 6, 1), Qinzhou,
            [new(PingluCanalProject, new DateOnly(2025, 6, 15), new DateOnly(2026, 6, 30), "口岸联检通关便利化")],
            "钦州市商务局机关党委", new DateOnly(2026, 6, 30),
            Members: [new("钟立新", "Leader", true, new DateOnly(2025, 6, 1))]),
        new("YouthCommando", "贺州市直机关青年突击队（2024）", "2024 年东融先行示范区招商服务，任务完成后撤编。",
            new DateOnly(2024, 3, 1), Hezhou, [],
            Members: [new("莫振华", "Leader", true, new DateOnly(2024, 3, 1))],
            ActivatedOn: new DateOnly(2024, 3, 5),
            StandDownReason: "东融先行示范区招商服务任务完成，队伍撤编"),
    ];
}
