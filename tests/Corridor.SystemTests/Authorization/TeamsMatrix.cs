using System.Text.Json;
using Corridor.Testing;

namespace Corridor.SystemTests.Authorization;

/// <summary>The rule of every write endpoint of Teams: a team is managed by its owning region.</summary>
public sealed class TeamsMatrix(CorridorSystem system, ListsMatrix lists)
{
    private const string Grpc = "/corridor.teams.v1.Teams/";
    private const string T = "/api/v1/teams";

    private static readonly string Register = """ "kind":"PartyMemberCommando","name":"玉林港口党员突击队 MATRIX","mission":"攻坚重大项目建设中的难点堵点","formedOn":"2026-03-01" """;
    private static readonly string Member = $$""" "personName":"王强","organId":"{{MatrixTokens.Own.Id}}","role":"Member","partyMember":true,"phone":"13800001111","joinedOn":"2026-03-05" """;

    private readonly RestSteps _rest = new(system.Teams.RestAddress);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Guid? _approvedProject;

    private static string Owner => MatrixTokens.For(MatrixCaller.OwnMember, "teams");

    public IEnumerable<MatrixRow> Rows()
    {
        var id = """{"teamId":"$id","expectedVersion":$version""";
        yield return new($"POST {T}/", MatrixCaller.Anyone, null, "{" + Register + "}");
        yield return new($"PUT {T}/by-ref/{{externalReference}}", MatrixCaller.Anyone, null, "{" + Register + "}");
        yield return new($"PUT {T}/{{id:guid}}", MatrixCaller.OwnRegion, () => TeamAsync(0), "{" + Register + "}");
        yield return new($"POST {T}/{{id:guid}}/activate", MatrixCaller.OwnRegion, () => TeamAsync(0), """{"effectiveOn":"2026-03-02"}""");
        yield return new($"POST {T}/{{id:guid}}/stand-down", MatrixCaller.OwnRegion, () => TeamAsync(1), """{"reason":"任务完成"}""");
        yield return new($"POST {T}/{{id:guid}}/members", MatrixCaller.OwnRegion, () => TeamAsync(1), "{" + Member + "}");
        yield return new($"POST {T}/{{id:guid}}/members/{{memberId:guid}}/leave", MatrixCaller.OwnRegion, () => TeamAsync(2), """{"leftOn":"2026-10-01","reason":"工作调动"}""");
        yield return new($"POST {T}/{{id:guid}}/deployments", MatrixCaller.OwnRegion, () => TeamAsync(1), """{"projectId":"$projectId","from":"2026-08-01","to":"2026-12-31","task":"协助项目落地的组织保障"}""");
        yield return new($"POST {T}/{{id:guid}}/deployments/{{deploymentId:guid}}/end", MatrixCaller.OwnRegion, () => TeamAsync(3), """{"endedOn":"2026-10-01","reason":"阶段任务完成"}""");
        yield return new($"POST {T}/{{id:guid}}/deployments/{{deploymentId:guid}}/outcomes", MatrixCaller.OwnRegion, () => TeamAsync(3), """{"text":"协调解决用地问题3项"}""");
        yield return new($"POST {T}/{{id:guid}}/credits", MatrixCaller.OwnRegion, () => TeamAsync(1), """{"problemId":"$problemId","note":"突击队协调解决"}""");
        yield return new(Grpc + "RegisterTeam", MatrixCaller.Anyone, null, "{" + Register + "}");
        yield return new(Grpc + "UpsertTeam", MatrixCaller.Anyone, null, """{"externalReference":"grpc-matrix",""" + Register + "}");
        yield return new(Grpc + "UpdateTeam", MatrixCaller.OwnRegion, () => TeamAsync(0), id + "," + Register + "}");
        yield return new(Grpc + "ActivateTeam", MatrixCaller.OwnRegion, () => TeamAsync(0), id + ""","effectiveOn":"2026-03-02"}""");
        yield return new(Grpc + "StandDownTeam", MatrixCaller.OwnRegion, () => TeamAsync(1), id + ""","reason":"任务完成"}""");
        yield return new(Grpc + "AddMember", MatrixCaller.OwnRegion, () => TeamAsync(1), id + "," + Member + "}");
        yield return new(Grpc + "RemoveMember", MatrixCaller.OwnRegion, () => TeamAsync(2), id + ""","memberId":"$memberId","leftOn":"2026-10-01","reason":"工作调动"}""");
        yield return new(Grpc + "DeployTeam", MatrixCaller.OwnRegion, () => TeamAsync(1), id + ""","projectId":"$projectId","from":"2026-08-01","to":"2026-12-31","task":"协助项目落地的组织保障"}""");
        yield return new(Grpc + "EndDeployment", MatrixCaller.OwnRegion, () => TeamAsync(3), id + ""","deploymentId":"$deploymentId","endedOn":"2026-10-01","reason":"阶段任务完成"}""");
        yield return new(Grpc + "RecordOutcome", MatrixCaller.OwnRegion, () => TeamAsync(3), id + ""","deploymentId":"$deploymentId","text":"协调解决用地问题3项"}""");
        yield return new(Grpc + "CreditProblem", MatrixCaller.OwnRegion, () => TeamAsync(1), id + ""","problemId":"$problemId","note":"突击队协调解决"}""");
    }

    /// <summary>A team of the own region: 0 Forming, 1 Active ($projectId an approved project), 2 with a member, 3 deployed to that project.</summary>
    public async Task<Target> TeamAsync(int stage)
    {
        var target = await _rest.CreateAsync(Owner, T, "{" + Register + "}");
        var path = $"{T}/{target.Id}";
        target.With("projectId", (await ApprovedProjectAsync()).ToString()).With("problemId", Guid.NewGuid().ToString());
        if (stage >= 1)
        {
            await _rest.SendAsync(Owner, "POST", path + "/activate", new { effectiveOn = "2026-03-02" }, target);
        }

        if (stage == 2)
        {
            var member = await _rest.SendAsync(Owner, "POST", path + "/members", "{" + Member + "}", target);
            target.With("memberId", Id(member));
            await _rest.RefreshAsync(Owner, path, target);
        }

        if (stage == 3)
        {
            var deployment = await _rest.SendAsync(Owner, "POST", path + "/deployments", new { projectId = await ApprovedProjectAsync(), from = "2026-08-01", to = "2026-12-31", task = "协助项目落地的组织保障" }, target);
            target.With("deploymentId", Id(deployment));
            await _rest.RefreshAsync(Owner, path, target);
        }

        return target;
    }

    private async Task<Guid> ApprovedProjectAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _approvedProject ??= (await lists.ProjectAsync(2)).Id;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Id(JsonElement created) =>
        (created.TryGetProperty("id", out var id) ? id : created.GetProperty("memberId")).GetString()!;
}
