using Corridor.Testing;

namespace Corridor.SystemTests.Authorization;

/// <summary>The rule of every write endpoint of Lists, and the records its cells are called on.</summary>
public sealed class ListsMatrix(CorridorSystem system)
{
    private const string Problems = "/corridor.lists.v1.Problems/";
    private const string Resources = "/corridor.lists.v1.Resources/";
    private const string Matching = "/corridor.lists.v1.Matching/";
    private const string Projects = "/corridor.lists.v1.Projects/";
    private const string Submissions = "/corridor.lists.v1.Submissions/";

    private static readonly string Raise = """{"title":"钦州港铁海联运班列运力不足 MATRIX","description":"旺季班列舱位紧张","category":"Logistics","severity":"High"}""";
    private static readonly string Resource = """{"title":"湛江港集装箱堆场 MATRIX","description":"可提供堆存能力","category":"LogisticsCapacity","capacity":100,"unit":"TEU/月","validFrom":"2026-01-01","validTo":"2027-12-31"}""";
    private static readonly string ResourceContent = """{"title":"湛江港集装箱堆场 MATRIX","description":"可提供堆存能力","category":"LogisticsCapacity","capacity":"100","unit":"TEU/月","validFrom":"2026-01-01","validTo":"2027-12-31"}""";
    private static readonly string Project = $$"""{"title":"玉林—肇庆 产业协作 MATRIX","description":"两地机关党组织联合推动产业转移","partners":[{"organId":"{{MatrixTokens.Partner.Id}}","regionCode":"{{MatrixTokens.Partner.RegionCode}}"}],"milestones":[{"title":"一期","dueDate":"2027-06-30"}]}""";
    private static readonly string Accept = $$""" "responsibleOrganId":"{{MatrixTokens.Own.Id}}","responsibleRegionCode":"{{MatrixTokens.Own.RegionCode}}","dueDate":"2027-06-30" """;
    private static readonly string Transfer = $$""" "toOrganId":"{{MatrixTokens.Partner.Id}}","toRegionCode":"{{MatrixTokens.Partner.RegionCode}}","reason":"转办" """;

    private readonly RestSteps _rest = new(system.Lists.RestAddress);

    private static string Member => MatrixTokens.For(MatrixCaller.OwnMember, "lists");

    private static string Coordinator => MatrixTokens.For(MatrixCaller.OwnCoordinator, "lists");

    private static string PartnerMember => MatrixTokens.Person(MatrixTokens.Partner, "staff-441200", "member");

    public IEnumerable<MatrixRow> Rows()
    {
        const string P = "/api/v1/problems";
        const string R = "/api/v1/resources";
        const string M = "/api/v1/matches";
        const string J = "/api/v1/projects";
        var id = """{"problemId":"$id","expectedVersion":$version""";
        var resourceId = """{"resourceId":"$id","expectedVersion":$version""";
        var matchId = """{"matchId":"$id","expectedVersion":$version""";
        var projectId = """{"projectId":"$id","expectedVersion":$version""";
        var projectContent = $$"""{"title":"玉林—肇庆 产业协作 MATRIX","description":"两地机关党组织联合推动产业转移","partners":[{"organId":"{{MatrixTokens.Partner.Id}}","regionCode":"{{MatrixTokens.Partner.RegionCode}}"}],"milestones":[{"title":"一期","dueDate":"2027-06-30"}]}""";

        // Problems: raised by the own member's organ in the own region, handled there.
        yield return new($"POST {P}/", MatrixCaller.Anyone, null, Raise);
        yield return new($"PUT {P}/by-ref/{{externalReference}}", MatrixCaller.Anyone, null, Raise);
        yield return new($"DELETE {P}/{{id:guid}}", MatrixCaller.OwnRegion, () => ProblemAsync(0), null);
        yield return new($"POST {P}/{{id:guid}}/accept", MatrixCaller.Reviewer, () => ProblemAsync(0), "{" + Accept + "}");
        yield return new($"POST {P}/{{id:guid}}/start", MatrixCaller.OwnOrgan, () => ProblemAsync(1), null);
        yield return new($"POST {P}/{{id:guid}}/progress", MatrixCaller.OwnOrgan, () => ProblemAsync(2), """{"text":"已协调两列加开班列"}""");
        yield return new($"POST {P}/{{id:guid}}/resolve", MatrixCaller.OwnOrgan, () => ProblemAsync(2), """{"resolution":"已加开班列"}""");
        yield return new($"POST {P}/{{id:guid}}/confirm", MatrixCaller.OwnOrgan, () => ProblemAsync(3), """{"satisfaction":5}""");
        yield return new($"POST {P}/{{id:guid}}/reopen", MatrixCaller.OwnOrgan, () => ProblemAsync(3), """{"reason":"问题复现"}""");
        yield return new($"POST {P}/{{id:guid}}/reject", MatrixCaller.Reviewer, () => ProblemAsync(0), """{"reason":"不属于联席会议职责"}""");
        yield return new($"POST {P}/{{id:guid}}/duplicate", MatrixCaller.Reviewer, () => DuplicatePairAsync(), """{"duplicateOf":"$survivor"}""");
        yield return new($"POST {P}/{{id:guid}}/transfer", MatrixCaller.Reviewer, () => ProblemAsync(0), "{" + Transfer + "}");
        yield return new($"POST {P}/{{id:guid}}/urge", MatrixCaller.Anyone, () => ProblemAsync(0), """{"note":"请加快办理"}""");
        yield return new($"POST {P}/batch", MatrixCaller.Anyone, null, "[" + Raise + "]");
        yield return new($"POST {P}/import", MatrixCaller.Anyone, null, "{}");
        yield return new(Problems + "RaiseProblem", MatrixCaller.Anyone, null, Raise);
        yield return new(Problems + "UpsertProblem", MatrixCaller.Anyone, null, Raise.Replace("{", """{"externalReference":"grpc-matrix",""", StringComparison.Ordinal));
        yield return new(Problems + "DeleteProblem", MatrixCaller.OwnRegion, () => ProblemAsync(0), id + "}");
        yield return new(Problems + "AcceptProblem", MatrixCaller.Reviewer, () => ProblemAsync(0), id + "," + Accept + "}");
        yield return new(Problems + "StartProblem", MatrixCaller.OwnOrgan, () => ProblemAsync(1), id + "}");
        yield return new(Problems + "ReportProgress", MatrixCaller.OwnOrgan, () => ProblemAsync(2), id + ""","text":"已协调两列加开班列"}""");
        yield return new(Problems + "ResolveProblem", MatrixCaller.OwnOrgan, () => ProblemAsync(2), id + ""","resolution":"已加开班列"}""");
        yield return new(Problems + "ConfirmProblem", MatrixCaller.OwnOrgan, () => ProblemAsync(3), id + ""","satisfaction":5}""");
        yield return new(Problems + "ReopenProblem", MatrixCaller.OwnOrgan, () => ProblemAsync(3), id + ""","reason":"问题复现"}""");
        yield return new(Problems + "RejectProblem", MatrixCaller.Reviewer, () => ProblemAsync(0), id + ""","reason":"不属于联席会议职责"}""");
        yield return new(Problems + "MarkDuplicate", MatrixCaller.Reviewer, () => DuplicatePairAsync(), id + ""","duplicateOf":"$survivor"}""");
        yield return new(Problems + "TransferProblem", MatrixCaller.Reviewer, () => ProblemAsync(0), id + "," + Transfer + "}");
        yield return new(Problems + "UrgeProblem", MatrixCaller.Anyone, () => ProblemAsync(0), id + ""","note":"请加快办理"}""");

        // Resources: offered by the own region.
        yield return new($"POST {R}/", MatrixCaller.Anyone, null, Resource);
        yield return new($"PUT {R}/by-ref/{{externalReference}}", MatrixCaller.Anyone, null, Resource);
        yield return new($"PUT {R}/{{id:guid}}", MatrixCaller.OwnRegion, ResourceAsync, Resource);
        yield return new($"POST {R}/{{id:guid}}/withdraw", MatrixCaller.OwnRegion, ResourceAsync, """{"reason":"场地另作他用"}""");
        yield return new($"POST {R}/{{id:guid}}/exhaust", MatrixCaller.OwnRegion, ResourceAsync, null);
        yield return new($"POST {R}/batch", MatrixCaller.Anyone, null, "[" + Resource + "]");
        yield return new($"POST {R}/import", MatrixCaller.Anyone, null, "{}");
        yield return new(Resources + "OfferResource", MatrixCaller.Anyone, null, ResourceContent);
        yield return new(Resources + "UpsertResource", MatrixCaller.Anyone, null, """{"externalReference":"grpc-matrix","content":""" + ResourceContent + "}");
        yield return new(Resources + "UpdateResource", MatrixCaller.OwnRegion, ResourceAsync, resourceId + ""","content":""" + ResourceContent + "}");
        yield return new(Resources + "WithdrawResource", MatrixCaller.OwnRegion, ResourceAsync, resourceId + ""","reason":"场地另作他用"}""");
        yield return new(Resources + "ExhaustResource", MatrixCaller.OwnRegion, ResourceAsync, resourceId + "}");
        yield return new(Submissions + "SubmitResourceBatch", MatrixCaller.Anyone, null, """{"items":[""" + ResourceContent + "]}");
        yield return new(Submissions + "SubmitProblemBatch", MatrixCaller.Anyone, null, """{"items":[""" + Raise + "]}");

        // Matches: the own organ raised the problem, the partner offers the resource.
        yield return new($"POST {M}/", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: false, committed: false), """{"problemId":"$problemId","resourceId":"$resourceId"}""");
        yield return new($"POST {M}/{{id:guid}}/accept", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: false), null);
        yield return new($"POST {M}/{{id:guid}}/decline", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: false), """{"reason":"能力不匹配"}""");
        yield return new($"POST {M}/{{id:guid}}/release", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: true), """{"reason":"需求已变化"}""");
        yield return new(Matching + "ProposeMatch", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: false, committed: false), """{"problemId":"$problemId","resourceId":"$resourceId"}""");
        yield return new(Matching + "AcceptMatch", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: false), matchId + "}");
        yield return new(Matching + "DeclineMatch", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: false), matchId + ""","reason":"能力不匹配"}""");
        yield return new(Matching + "ReleaseCommitment", MatrixCaller.OwnOrgan, () => MatchAsync(proposed: true, committed: true), matchId + ""","reason":"需求已变化"}""");

        // Projects: led by the own region with a partner in Zhaoqing; reviewed by both regions' coordinators and the secretariat.
        yield return new($"POST {J}/", MatrixCaller.Anyone, null, Project);
        yield return new($"PUT {J}/by-ref/{{externalReference}}", MatrixCaller.Anyone, null, Project);
        yield return new($"PUT {J}/{{id:guid}}", MatrixCaller.OwnRegion, () => ProjectAsync(0), Project);
        yield return new($"POST {J}/{{id:guid}}/pen", MatrixCaller.OwnRegion, () => ProjectAsync(0), $$"""{"regionCode":"{{MatrixTokens.Partner.RegionCode}}"}""");
        yield return new($"POST {J}/{{id:guid}}/submit", MatrixCaller.OwnRegion, () => ProjectAsync(0), null);
        yield return new($"POST {J}/{{id:guid}}/approvals", MatrixCaller.Reviewer, () => ProjectAsync(1), """{"revision":1}""");
        yield return new($"POST {J}/{{id:guid}}/send-back", MatrixCaller.Reviewer, () => ProjectAsync(1), """{"revision":1,"comments":"请补充预算"}""");
        yield return new($"POST {J}/{{id:guid}}/reject", MatrixCaller.Reviewer, () => ProjectAsync(1), """{"revision":1,"reason":"不属于走廊合作范围"}""");
        yield return new($"POST {J}/{{id:guid}}/start", MatrixCaller.OwnRegion, () => ProjectAsync(2), """{"startedOn":"2026-07-01"}""");
        yield return new($"POST {J}/{{id:guid}}/milestones/{{number:int}}/progress", MatrixCaller.OwnOrgan, () => ProjectAsync(3), """{"percent":50,"note":"完成一半"}""");
        yield return new($"POST {J}/{{id:guid}}/complete", MatrixCaller.OwnRegion, () => ProjectAsync(3), """{"completedOn":"2027-01-01"}""");
        yield return new($"POST {J}/{{id:guid}}/cancel", MatrixCaller.OwnRegionOrSecretariat, () => ProjectAsync(0), """{"reason":"规划调整"}""");
        yield return new(Projects + "CreateProject", MatrixCaller.Anyone, null, """{"content":""" + projectContent + "}");
        yield return new(Projects + "UpsertProject", MatrixCaller.Anyone, null, """{"externalReference":"grpc-matrix","content":""" + projectContent + "}");
        yield return new(Projects + "UpdateProject", MatrixCaller.OwnRegion, () => ProjectAsync(0), projectId + ""","content":""" + projectContent + "}");
        yield return new(Projects + "HandPen", MatrixCaller.OwnRegion, () => ProjectAsync(0), projectId + $$""","regionCode":"{{MatrixTokens.Partner.RegionCode}}"}""");
        yield return new(Projects + "SubmitProject", MatrixCaller.OwnRegion, () => ProjectAsync(0), projectId + "}");
        yield return new(Projects + "ApproveProject", MatrixCaller.Reviewer, () => ProjectAsync(1), projectId + ""","revision":1}""");
        yield return new(Projects + "SendBackProject", MatrixCaller.Reviewer, () => ProjectAsync(1), projectId + ""","revision":1,"text":"请补充预算"}""");
        yield return new(Projects + "RejectProject", MatrixCaller.Reviewer, () => ProjectAsync(1), projectId + ""","revision":1,"text":"不属于走廊合作范围"}""");
        yield return new(Projects + "StartExecution", MatrixCaller.OwnRegion, () => ProjectAsync(2), projectId + ""","date":"2026-07-01"}""");
        yield return new(Projects + "ReportMilestoneProgress", MatrixCaller.OwnOrgan, () => ProjectAsync(3), projectId + ""","milestone":1,"percent":50,"note":"完成一半"}""");
        yield return new(Projects + "CompleteProject", MatrixCaller.OwnRegion, () => ProjectAsync(3), projectId + ""","date":"2027-01-01"}""");
        yield return new(Projects + "CancelProject", MatrixCaller.OwnRegionOrSecretariat, () => ProjectAsync(0), projectId + ""","text":"规划调整"}""");
    }

    /// <summary>A problem raised by the own member: 0 Open, 1 Accepted (the own organ responsible), 2 InProgress, 3 Resolved.</summary>
    public async Task<Target> ProblemAsync(int stage)
    {
        var target = await _rest.CreateAsync(Member, "/api/v1/problems", Raise);
        var path = $"/api/v1/problems/{target.Id}";
        if (stage >= 1)
        {
            await _rest.SendAsync(Coordinator, "POST", path + "/accept", "{" + Accept + "}", target);
        }

        if (stage >= 2)
        {
            await _rest.SendAsync(Member, "POST", path + "/start", null, target);
        }

        if (stage >= 3)
        {
            await _rest.SendAsync(Member, "POST", path + "/resolve", new { resolution = "已加开班列" }, target);
        }

        return target;
    }

    private async Task<Target> DuplicatePairAsync()
    {
        var survivor = await ProblemAsync(0);
        return (await ProblemAsync(0)).With("survivor", survivor.Id.ToString());
    }

    public Task<Target> ResourceAsync() => _rest.CreateAsync(Member, "/api/v1/resources", Resource);

    /// <summary>The own organ's problem and the partner's resource; proposed by the partner, and accepted by the own organ when committed.</summary>
    public async Task<Target> MatchAsync(bool proposed, bool committed)
    {
        var problem = await ProblemAsync(0);
        var resource = await _rest.CreateAsync(PartnerMember, "/api/v1/resources", Resource);
        if (!proposed)
        {
            return new Target(problem.Id, problem.Version).With("problemId", problem.Id.ToString()).With("resourceId", resource.Id.ToString());
        }

        var match = await _rest.CreateAsync(PartnerMember, "/api/v1/matches", new { problemId = problem.Id, resourceId = resource.Id });
        if (committed)
        {
            await _rest.SendAsync(Member, "POST", $"/api/v1/matches/{match.Id}/accept", null, match);
        }

        return match;
    }

    /// <summary>A project led by the own member's organ: 0 Draft, 1 Submitted (revision 1), 2 Approved, 3 InExecution.</summary>
    public async Task<Target> ProjectAsync(int stage)
    {
        var target = await _rest.CreateAsync(Member, "/api/v1/projects", Project);
        var path = $"/api/v1/projects/{target.Id}";
        if (stage >= 1)
        {
            await _rest.SendAsync(Member, "POST", path + "/submit", null, target);
        }

        if (stage >= 2)
        {
            await _rest.SendAsync(Coordinator, "POST", path + "/approvals", new { revision = 1 }, target);
            await _rest.SendAsync(MatrixTokens.Person(MatrixTokens.Partner, "coordinator-441200", "member", "coordinator"), "POST", path + "/approvals", new { revision = 1 }, target);
            await _rest.SendAsync(MatrixTokens.For(MatrixCaller.Secretariat, "lists"), "POST", path + "/approvals", new { revision = 1 }, target);
        }

        if (stage >= 3)
        {
            await _rest.SendAsync(Member, "POST", path + "/start", new { startedOn = "2026-07-01" }, target);
        }

        return target;
    }
}
