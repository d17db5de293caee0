using System.Net;
using System.Text.Json;
using Corridor.Lists;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.Integration;

/// <summary>A team is credited on a problem only once Lists, asked over gRPC, reports it resolved.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemCreditApiTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_team_is_credited_once_on_a_problem_Lists_reports_resolved()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var lists = new ServiceHost<ListsServiceMarker>("lists", vhost, new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = TeamsHost.ClosedPort().ToString(),
        });
        await lists.StartAsync();
        await using var teams = await TeamsHost.StartAsync(vhost, lists.GrpcAddress);
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var credits = $"{TeamsHost.Path}/{teamId}/credits";

        using var raiser = lists.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var problem = await (await raiser.PostJsonAsync("/api/v1/problems", new { title = "平陆运河马道枢纽施工用地报批慢", description = "用地报批环节多", category = "LandAndPlanning", severity = "High" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var problemId = problem.GetProperty("id").GetGuid();

        var open = await (await owner.PostJsonAsync(credits, new { problemId, note = "协调用地报批" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("credit.problem-not-resolved", open.GetProperty("code").GetString());
        var unknown = await (await owner.PostJsonAsync(credits, new { problemId = Guid.NewGuid() })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("credit.problem-not-found", unknown.GetProperty("code").GetString());
        using var zhanjiang = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var notOwner = await (await zhanjiang.PostJsonAsync(credits, new { problemId })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("team.other-region", notOwner.GetProperty("code").GetString());

        using var coordinator = lists.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await (await coordinator.PostJsonAsync($"/api/v1/problems/{problemId}/accept", new
        {
            responsibleOrganId = DemoOrgans.Qinzhou.Id,
            responsibleRegionCode = DemoOrgans.Qinzhou.RegionCode,
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await raiser.PostAsync($"/api/v1/problems/{problemId}/start", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await raiser.PostJsonAsync($"/api/v1/problems/{problemId}/resolve", new { resolution = "突击队协调自然资源部门并联审批" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var credited = await (await owner.PostJsonAsync(credits, new { problemId, note = "协调用地报批" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var credit = Assert.Single(credited.GetProperty("credits").EnumerateArray());
        Assert.Equal((problemId, "协调用地报批"), (credit.GetProperty("problemId").GetGuid(), credit.GetProperty("note").GetString()));
        var twice = await (await owner.PostJsonAsync(credits, new { problemId })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("credit.duplicate", twice.GetProperty("code").GetString());
        Assert.Equal(2, credited.GetProperty("version").GetInt64());
    }
}
