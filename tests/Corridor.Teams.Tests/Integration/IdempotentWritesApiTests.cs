using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Teams.V1;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Teams.Tests.Integration;

/// <summary>
/// Idempotent writes: If-Match required on every team edit (REST and gRPC), upserts by the region's external
/// reference, and Idempotency-Key on the creates under a team.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class IdempotentWritesApiTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Team_edits_need_If_Match_and_a_team_upserted_by_reference_is_registered_unchanged_or_edited()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var zhanjiang = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);
        var byRef = $"{TeamsHost.Path}/by-ref/QZ-TEAM-0007";
        var created = await (await owner.PutAsJsonAsync(byRef, Body("钦州港党员突击队"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(("Created", "QZ-TEAM-0007"), (created.GetProperty("outcome").GetString(), created.GetProperty("team").GetProperty("externalReference").GetString()));
        var unchanged = await (await owner.PutAsJsonAsync(byRef, Body("钦州港党员突击队"))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", 1L), (unchanged.GetProperty("outcome").GetString(), unchanged.GetProperty("team").GetProperty("version").GetInt64()));

        foreach (var path in new[] { $"{TeamsHost.Path}/{teamId}", byRef })
        {
            var missing = await (await owner.SendAsync(Put(path, Body("钦州港青年突击队（更名）"), ifMatch: null))).ReadProblemAsync((HttpStatusCode)428);
            Assert.Equal("precondition-required", missing.GetProperty("code").GetString());
            await (await owner.SendAsync(Put(path, Body("钦州港青年突击队（更名）"), "\"v5\""))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
            using var edited = await owner.SendAsync(Put(path, Body("钦州港青年突击队（更名）"), "\"v1\""));
            var answer = await edited.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("\"v2\"", edited.Headers.ETag?.Tag);
            var team = answer.TryGetProperty("team", out var upserted) ? upserted : answer;
            Assert.Equal(("钦州港青年突击队（更名）", 2L), (team.GetProperty("name").GetString(), team.GetProperty("version").GetInt64()));
        }

        var kind = await (await owner.SendAsync(Put(byRef, new { kind = "VanguardSquad", name = "钦州港青年突击队（更名）", mission = "攻坚重大项目建设中的难点堵点", formedOn = "2026-03-01" }, "\"v2\""))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("team.kind-fixed", kind.GetProperty("code").GetString());
        var theirs = await (await zhanjiang.PutAsJsonAsync(byRef, Body("湛江港青年突击队"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(DemoOrgans.Zhanjiang.RegionCode, theirs.GetProperty("team").GetProperty("regionCode").GetString());

        var history = await (await owner.GetAsync($"{TeamsHost.Path}/{teamId}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("changed name", history.EnumerateArray().Last().GetProperty("note").GetString());
        Assert.Equal(2, await teams.QueryAsync<TeamsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType == "Corridor.Contracts.Events.TeamRevised")));
    }

    [SkippableFact]
    public async Task Over_gRPC_UpdateTeam_and_UpsertTeam_need_the_expected_version_to_edit()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(teams.GrpcAddress);
        var client = new TeamsClient(channel);
        var owner = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };
        var teamId = (await TeamsHost.RegisterAsync(teams, DemoOrgans.Yulin)).ToString();
        UpdateTeamRequest Update(long expected) => new()
        {
            TeamId = teamId,
            ExpectedVersion = expected,
            Kind = "YouthCommando",
            Name = "玉林青年突击队",
            Mission = "攻坚重大项目建设中的难点堵点",
            FormedOn = "2026-03-01",
        };
        UpsertTeamRequest Upsert(string mission, long expected) => new()
        {
            ExternalReference = "YL-T-1",
            ExpectedVersion = expected,
            Kind = "VanguardSquad",
            Name = "玉林先锋攻坚小组",
            Mission = mission,
            FormedOn = "2026-03-01",
        };

        await AssertPreconditionsAsync(expected => client.UpdateTeamAsync(Update(expected), owner).ResponseAsync);
        var created = await client.UpsertTeamAsync(Upsert("打通堵点", 0), owner);
        Assert.Equal(("Created", "YL-T-1"), (created.Outcome, created.Team.ExternalReference));
        Assert.Equal("Unchanged", (await client.UpsertTeamAsync(Upsert("打通堵点", 0), owner)).Outcome);
        await AssertPreconditionsAsync(expected => client.UpsertTeamAsync(Upsert("打通堵点、破解难点", expected), owner).ResponseAsync);
        var team = await client.GetTeamAsync(new GetTeamRequest { TeamId = created.Team.TeamId }, owner);
        Assert.Equal(("打通堵点、破解难点", 2L), (team.Mission, team.Version));
    }

    [SkippableFact]
    public async Task A_member_added_with_an_Idempotency_Key_is_added_once_and_the_key_is_refused_for_another_body()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);
        var path = $"{TeamsHost.Path}/{teamId}/members";
        var member = new { personName = "黄队长", organId = DemoOrgans.Qinzhou.Id, role = "Leader", partyMember = true, phone = "13807771234", joinedOn = "2026-03-01" };

        using var first = await owner.SendAsync(Post(path, member, "qz-member-001"));
        var added = await first.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal($"{path}/{added.GetProperty("id").GetGuid()}", first.Headers.Location?.OriginalString);
        using var again = await owner.SendAsync(Post(path, member, "qz-member-001"));
        var replayed = await again.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(added.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        var reused = await (await owner.SendAsync(Post(path, member with { personName = "李队员", role = "Member" }, "qz-member-001"))).ReadProblemAsync((HttpStatusCode)422);
        Assert.Equal("idempotency.key-reused", reused.GetProperty("code").GetString());
        // The same key and body for another team is another request.
        var otherTeam = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);
        await (await owner.SendAsync(Post($"{TeamsHost.Path}/{otherTeam}/members", member, "qz-member-001"))).ReadProblemAsync((HttpStatusCode)422);

        var team = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal(2L, team.GetProperty("version").GetInt64());
        Assert.Equal(1, await teams.QueryAsync<TeamsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType == "Corridor.Contracts.Events.MemberJoined")));
    }

    /// <summary>0: FAILED_PRECONDITION "precondition-required"; a stale version: ABORTED; version 1 (current): done.</summary>
    private static async Task AssertPreconditionsAsync<T>(Func<long, Task<T>> call)
    {
        var missing = await Assert.ThrowsAsync<RpcException>(() => call(0));
        Assert.Equal(StatusCode.FailedPrecondition, missing.StatusCode);
        Assert.Equal("precondition-required", missing.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var stale = await Assert.ThrowsAsync<RpcException>(() => call(7));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        await call(1);
    }

    private static object Body(string name) => new { kind = "YouthCommando", name, mission = "攻坚重大项目建设中的难点堵点", formedOn = "2026-03-01" };

    private static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    private static HttpRequestMessage Post(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
