using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams;
using Corridor.Teams.Tests.Integration;
using Corridor.Testing;
using Corridor.Testing.Concurrency;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Tests.Concurrency;

/// <summary>
/// The concurrency run for the Teams records: 50 writers with one version of a team (edited by id and by reference),
/// of its roster (a member added) and of a deployment (an outcome recorded) — one wins, 49 are told they are stale,
/// over REST (412 stale-version) and over gRPC (ABORTED).
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamsStaleWritersTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    private static readonly DemoOrgan Owner = DemoOrgans.Qinzhou;

    [SkippableFact]
    public async Task Fifty_writers_with_one_version_of_a_Teams_record_one_wins_and_49_are_stale()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var rest = host.CreateRestClient(TestTokens.Member(Owner));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new G.Teams.TeamsClient(channel);
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(Owner)}" } };

        var tallies = new List<StaleWriteTally>();

        var team = await TeamsHost.RegisterAsync(host, Owner);
        tallies.Add(await StaleWriters.RestAsync("team", i => Send(rest, HttpMethod.Put, $"{TeamsHost.Path}/{team}", 1, Details($"青年突击队{i}"))));
        team = await TeamsHost.RegisterAsync(host, Owner);
        tallies.Add(await StaleWriters.GrpcAsync("team", i => grpc.UpdateTeamAsync(
            new G.UpdateTeamRequest { TeamId = team.ToString(), ExpectedVersion = 1, Kind = "YouthCommando", Name = $"青年突击队{i}", Mission = "攻坚", FormedOn = "2026-03-01" }, bearer).ResponseAsync));

        var restReference = await CreateByReferenceAsync(rest);
        tallies.Add(await StaleWriters.RestAsync("team by reference", i => Send(rest, HttpMethod.Put, $"{TeamsHost.Path}/by-ref/{restReference}", 1, Details($"青年突击队{i}"))));
        var grpcReference = await CreateByReferenceAsync(rest);
        tallies.Add(await StaleWriters.GrpcAsync("team by reference", i => grpc.UpsertTeamAsync(
            new G.UpsertTeamRequest { ExternalReference = grpcReference, ExpectedVersion = 1, Kind = "YouthCommando", Name = $"青年突击队{i}", Mission = "攻坚", FormedOn = "2026-03-01" }, bearer).ResponseAsync));

        team = await TeamsHost.RegisterAsync(host, Owner);
        tallies.Add(await StaleWriters.RestAsync("member", i => Send(rest, HttpMethod.Post, $"{TeamsHost.Path}/{team}/members", 1, Member(i))));
        team = await TeamsHost.RegisterAsync(host, Owner);
        tallies.Add(await StaleWriters.GrpcAsync("member", i => grpc.AddMemberAsync(
            new G.AddMemberRequest { TeamId = team.ToString(), ExpectedVersion = 1, PersonName = $"队员{i}", OrganId = Owner.Id, Role = "Member", JoinedOn = "2026-03-05" }, bearer).ResponseAsync));

        var (deployed, deployment) = await SeedDeploymentAsync(host);
        tallies.Add(await StaleWriters.RestAsync("deployment", i => Send(rest, HttpMethod.Post, $"{TeamsHost.Path}/{deployed}/deployments/{deployment}/outcomes", 2, new { text = $"成果{i}" })));
        (deployed, deployment) = await SeedDeploymentAsync(host);
        tallies.Add(await StaleWriters.GrpcAsync("deployment", i => grpc.RecordOutcomeAsync(
            new G.RecordOutcomeRequest { TeamId = deployed.ToString(), ExpectedVersion = 2, DeploymentId = deployment.ToString(), Text = $"成果{i}" }, bearer).ResponseAsync));

        output.WriteLine(StaleWriteTally.Header);
        tallies.ForEach(t => output.WriteLine(t.ToString()));
        Assert.All(tallies, t => Assert.True(t.ExactlyOneWon, t.ToString()));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, long version, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"v{version}\"");
        return await client.SendAsync(request);
    }

    private static object Details(string name) => new { kind = "YouthCommando", name, mission = "攻坚", formedOn = "2026-03-01" };

    private static object Member(int i) => new { personName = $"队员{i}", organId = Owner.Id, role = "Member", partyMember = false, joinedOn = "2026-03-05" };

    private static async Task<string> CreateByReferenceAsync(HttpClient rest)
    {
        var reference = $"QZ-{Guid.NewGuid():N}";
        using var response = await rest.PutAsJsonAsync($"{TeamsHost.Path}/by-ref/{reference}", Details("钦州港青年突击队"));
        var created = await response.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("team").GetProperty("version").GetInt64());
        return reference;
    }

    /// <summary>A team at version 2 with a deployment under way, saved straight to the database (the approval check has its own tests).</summary>
    private static async Task<(Guid Team, Guid Deployment)> SeedDeploymentAsync(ServiceHost<TeamsServiceMarker> host)
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var owner = TestTeams.Caller(Owner);
        var team = Team.Register(owner, TeamKind.VanguardSquad, "钦州港先锋攻坚小组", "码头审批攻坚", today.AddMonths(-2), null, null, now);
        var deployment = team.Deploy(owner, Guid.NewGuid(), today.AddDays(-10), null, "审批攻坚", now);
        await host.QueryAsync<TeamsDbContext, int>(db =>
        {
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        });
        Assert.Equal(2, team.Version);
        return (team.Id, deployment.Id);
    }
}
