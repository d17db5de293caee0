using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MatchingClient = Corridor.Contracts.Lists.V1.Matching.MatchingClient;
using ProblemsClient = Corridor.Contracts.Lists.V1.Problems.ProblemsClient;
using ProjectsClient = Corridor.Contracts.Lists.V1.Projects.ProjectsClient;
using ResourcesClient = Corridor.Contracts.Lists.V1.Resources.ResourcesClient;

namespace Corridor.Lists.Tests.Organs;

/// <summary>
/// Records, lists and pages, history lines and revisions name the organs they carry as the read model names them now
/// (issue 17, item 2): a rename shows at once, an organ the read model does not know has no name, and the change feed
/// carries ids only.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganRenameTests(SharedRabbitMq rabbitMq)
{
    private const string YulinRenamed = "中共玉林市委直属机关工作委员会";
    private const string ZhaoqingRenamed = "中共肇庆市委直属机关工作委员会";

    [SkippableFact]
    public async Task After_a_rename_every_kind_of_view_shows_the_new_name_over_REST_and_gRPC()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var records = await RecordsAsync(host);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        Assert.Equal(DemoOrgans.Zhaoqing.Name, (await GetAsync(yulin, $"/api/v1/resources/{records.Resource}")).GetProperty("organName").GetString());

        await KnownOrgansSeeding.KnowOrgansAsync(
            host.Services, [DemoOrgans.Yulin with { Name = YulinRenamed }, DemoOrgans.Zhaoqing with { Name = ZhaoqingRenamed }], version: 2);

        // Records.
        var problem = await GetAsync(yulin, $"{ProblemsApi.Path}/{records.Problem}");
        Assert.Equal(
            (YulinRenamed, ZhaoqingRenamed, TestProblems.YulinBureau.Name, YulinRenamed),
            (problem.GetProperty("raisedByOrganName").GetString(), problem.GetProperty("coResponsibleOrgans")[0].GetProperty("organName").GetString(),
                problem.GetProperty("progressReports")[0].GetProperty("byOrganName").GetString(), problem.GetProperty("urgings")[0].GetProperty("byOrganName").GetString()));
        Assert.Equal(ZhaoqingRenamed, (await GetAsync(yulin, $"/api/v1/resources/{records.Resource}")).GetProperty("organName").GetString());
        var match = await GetAsync(yulin, $"/api/v1/matches/{records.Match}");
        Assert.Equal(
            (YulinRenamed, ZhaoqingRenamed, YulinRenamed),
            (match.GetProperty("raisingOrganName").GetString(), match.GetProperty("offeringOrganName").GetString(), match.GetProperty("proposedByOrganName").GetString()));
        var project = await GetAsync(yulin, $"{ListsHost.Path}/{records.Project}");
        Assert.Equal((YulinRenamed, ZhaoqingRenamed), (project.GetProperty("leadOrganName").GetString(), project.GetProperty("approvals")[0].GetProperty("approverOrganName").GetString()));

        // Lists and pages.
        var resources = await GetAsync(yulin, $"/api/v1/resources?organ={DemoOrgans.Zhaoqing.Id}");
        Assert.Equal([ZhaoqingRenamed, ZhaoqingRenamed], resources.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organName").GetString()));
        var suggestion = Assert.Single((await GetAsync(yulin, $"{ProblemsApi.Path}/{records.Problem}/suggestions")).EnumerateArray());
        Assert.Equal(ZhaoqingRenamed, suggestion.GetProperty("resource").GetProperty("organName").GetString());
        var commitments = await GetAsync(yulin, $"{ProblemsApi.Path}/{records.Problem}/commitments");
        Assert.Equal(ZhaoqingRenamed, Assert.Single(commitments.EnumerateArray()).GetProperty("offeringOrganName").GetString());
        var problems = await GetAsync(yulin, ProblemsApi.Path);
        Assert.Equal(YulinRenamed, Assert.Single(problems.GetProperty("items").EnumerateArray()).GetProperty("raisedByOrganName").GetString());

        // History lines and revisions.
        var problemHistory = (await GetAsync(yulin, $"{ProblemsApi.Path}/{records.Problem}/history")).EnumerateArray().ToArray();
        Assert.All(problemHistory.Where(h => h.GetProperty("byOrganId").GetString() == DemoOrgans.Yulin.Id), h => Assert.Equal(YulinRenamed, h.GetProperty("byOrganName").GetString()));
        Assert.Contains(problemHistory, h => h.GetProperty("byOrganName").GetString() == TestProblems.YulinBureau.Name);
        var projectHistory = (await GetAsync(yulin, $"{ListsHost.Path}/{records.Project}/history")).EnumerateArray().ToArray();
        Assert.Equal(
            projectHistory.Select(h => h.GetProperty("byOrganId").GetString() == DemoOrgans.Yulin.Id ? YulinRenamed : ZhaoqingRenamed),
            projectHistory.Select(h => h.GetProperty("byOrganName").GetString()));
        Assert.Contains(projectHistory, h => h.GetProperty("byOrganName").GetString() == ZhaoqingRenamed);
        var revisions = await GetAsync(yulin, $"{ListsHost.Path}/{records.Project}/revisions");
        Assert.Equal(YulinRenamed, Assert.Single(revisions.EnumerateArray()).GetProperty("savedByOrganName").GetString());
        Assert.Equal(YulinRenamed, (await GetAsync(yulin, $"{ListsHost.Path}/{records.Project}/revisions/1")).GetProperty("savedByOrganName").GetString());

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var bearer = Bearer(DemoOrgans.Yulin);
        var grpcResource = await new ResourcesClient(channel).GetResourceAsync(new GetResourceRequest { ResourceId = records.Resource.ToString() }, bearer);
        Assert.Equal(ZhaoqingRenamed, grpcResource.OrganName);
        var grpcResources = await new ResourcesClient(channel).ListResourcesAsync(new ListResourcesRequest { Organ = DemoOrgans.Zhaoqing.Id }, bearer);
        Assert.Equal([ZhaoqingRenamed, ZhaoqingRenamed], grpcResources.Resources.Select(r => r.OrganName));
        var grpcMatch = await new MatchingClient(channel).GetMatchAsync(new GetMatchRequest { MatchId = records.Match.ToString() }, bearer);
        Assert.Equal((YulinRenamed, ZhaoqingRenamed, YulinRenamed), (grpcMatch.RaisingOrganName, grpcMatch.OfferingOrganName, grpcMatch.ProposedByOrganName));
        Assert.False(grpcMatch.HasDeclinedByOrganName);
        var grpcProblemHistory = await new ProblemsClient(channel).GetProblemHistoryAsync(new GetProblemRequest { ProblemId = records.Problem.ToString() }, bearer);
        Assert.All(grpcProblemHistory.Transitions.Where(t => t.ByOrganId == DemoOrgans.Yulin.Id), t => Assert.Equal(YulinRenamed, t.ByOrganName));
        var projects = new ProjectsClient(channel);
        var grpcProject = await projects.GetProjectAsync(new ProjectIdCall { ProjectId = records.Project.ToString() }, bearer);
        Assert.Equal(ZhaoqingRenamed, Assert.Single(grpcProject.Approvals).ApproverOrganName);
        var grpcProjectHistory = await projects.GetReviewHistoryAsync(new ProjectIdCall { ProjectId = records.Project.ToString() }, bearer);
        Assert.Contains(grpcProjectHistory.Entries, e => e.ByOrganId == DemoOrgans.Zhaoqing.Id && e.ByOrganName == ZhaoqingRenamed);
    }

    [SkippableFact]
    public async Task An_organ_the_read_model_does_not_know_has_no_name_and_the_change_feed_carries_ids_only()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var records = await RecordsAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            Assert.Equal(1, await db.Set<KnownOrgan>().Where(o => o.OrganId == DemoOrgans.Zhaoqing.Id).ExecuteDeleteAsync());
        }

        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var resource = await GetAsync(yulin, $"/api/v1/resources/{records.Resource}");
        Assert.Equal((DemoOrgans.Zhaoqing.Id, JsonValueKind.Null), (resource.GetProperty("organId").GetString(), resource.GetProperty("organName").ValueKind));
        var match = await GetAsync(yulin, $"/api/v1/matches/{records.Match}");
        Assert.Equal(
            (JsonValueKind.Null, DemoOrgans.Yulin.Name),
            (match.GetProperty("offeringOrganName").ValueKind, match.GetProperty("raisingOrganName").GetString()));
        var projectHistory = (await GetAsync(yulin, $"{ListsHost.Path}/{records.Project}/history")).EnumerateArray().ToArray();
        Assert.Equal(
            projectHistory.Select(h => h.GetProperty("byOrganId").GetString() == DemoOrgans.Yulin.Id ? JsonValueKind.String : JsonValueKind.Null),
            projectHistory.Select(h => h.GetProperty("byOrganName").ValueKind));

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpcResource = await new ResourcesClient(channel).GetResourceAsync(new GetResourceRequest { ResourceId = records.Resource.ToString() }, Bearer(DemoOrgans.Yulin));
        Assert.Equal((DemoOrgans.Zhaoqing.Id, false), (grpcResource.OrganId, grpcResource.HasOrganName));

        var feed = await GetAsync(yulin, "/api/v1/lists/changes?limit=200");
        var contents = feed.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("content")).Where(c => c.ValueKind == JsonValueKind.Object).ToArray();
        Assert.Contains(contents, c => c.GetRawText().Contains(DemoOrgans.Zhaoqing.Id, StringComparison.Ordinal));
        Assert.All(contents, c => Assert.DoesNotContain("organName\"", c.GetRawText(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A problem raised by Yulin, accepted with Yulin's bureau responsible and Zhaoqing co-responsible, reported on by the
    /// bureau and urged by Yulin; two resources Zhaoqing offers, the first committed to it by a match Yulin proposed (the
    /// second stays available, so it is suggested); a project Yulin
    /// leads with Zhaoqing, submitted and approved by Zhaoqing's coordinator.
    /// </summary>
    private static async Task<(Guid Problem, Guid Resource, Guid Match, Guid Project)> RecordsAsync(ServiceHost<ListsServiceMarker> host)
    {
        var api = new ProblemsApi(host);
        var problem = await api.AcceptedAsync();
        await api.ActAsync(ProblemsApi.Responsible, problem, "start");
        await api.ActAsync(ProblemsApi.Responsible, problem, "progress", new { text = "已协调铁路部门增开班列" });
        await api.ActAsync(ProblemsApi.Raiser, problem, "urge", new { note = "请加快" });

        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offers = new List<Guid>();
        foreach (var title in new[] { "肇庆 铁海联运舱位", "肇庆 冷链仓储" })
        {
            offers.Add((await (await zhaoqing.PostJsonAsync("/api/v1/resources", new
            {
                title,
                category = "LogisticsCapacity",
                capacity = 100m,
                unit = "TEU/月",
                validFrom = today.ToString("yyyy-MM-dd"),
                validTo = today.AddDays(90).ToString("yyyy-MM-dd"),
            })).ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        var resource = offers[0];
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var match = (await (await yulin.PostJsonAsync("/api/v1/matches", new { problemId = problem, resourceId = resource }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await zhaoqing.PostAsync($"/api/v1/matches/{match}/accept", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var project = await ListsHost.SubmittedAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await (await ListsHost.ApproveAsync(host, project, TestTokens.Coordinator(DemoOrgans.Zhaoqing))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return (problem, resource, match, project);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path) =>
        await (await client.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

    private static Metadata Bearer(DemoOrgan organ) => new() { { "Authorization", $"Bearer {TestTokens.Member(organ)}" } };
}
