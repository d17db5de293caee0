using System.Net.Http.Json;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing;
using Corridor.Testing.Concurrency;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;

namespace Corridor.Lists.Tests.Concurrency;

/// <summary>
/// The concurrency run for the Lists records: 50 writers with one version of a problem (accepted by its supervisor), a
/// resource (edited), a match (declined) and a project (edited) — one wins, 49 are told they are stale, over REST
/// (412 stale-version) and over gRPC (ABORTED).
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ListsStaleWritersTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Fifty_writers_with_one_version_of_a_Lists_record_one_wins_and_49_are_stale()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var problemsApi = new ProblemsApi(host);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var supervisor = host.CreateRestClient(ProblemsApi.Supervisor);
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var problems = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var resources = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var matching = new Contracts.Lists.V1.Matching.MatchingClient(channel);
        var projects = new Contracts.Lists.V1.Projects.ProjectsClient(channel);
        var asYulin = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var asSupervisor = Bearer(ProblemsApi.Supervisor);
        var asZhaoqing = Bearer(TestTokens.Member(DemoOrgans.Zhaoqing));
        var tallies = new List<StaleWriteTally>();

        var problem = await problemsApi.RaiseAsync();
        tallies.Add(await StaleWriters.RestAsync("problem", _ => Send(supervisor, HttpMethod.Post, $"{ProblemsApi.Path}/{problem}/accept", 1, ProblemsApi.AcceptBody())));
        problem = await problemsApi.RaiseAsync();
        tallies.Add(await StaleWriters.GrpcAsync("problem", _ => problems.AcceptProblemAsync(Accept(problem), asSupervisor).ResponseAsync));

        // Every writer changes the capacity (offered at 100): a writer resending the current content is an answered no-op, not a second winner.
        var resource = await OfferAsync(resources, asYulin);
        tallies.Add(await StaleWriters.RestAsync("resource", i => Send(yulin, HttpMethod.Put, $"/api/v1/resources/{resource}", 1, ResourceBody(101 + i))));
        resource = await OfferAsync(resources, asYulin);
        tallies.Add(await StaleWriters.GrpcAsync("resource", i => resources.UpdateResourceAsync(
            new UpdateResourceRequest { ResourceId = resource, ExpectedVersion = 1, Content = Resource($"{101 + i}") }, asYulin).ResponseAsync));

        var match = await ProposeAsync(problemsApi, resources, matching, asYulin, asZhaoqing);
        tallies.Add(await StaleWriters.RestAsync("match", i => Send(zhaoqing, HttpMethod.Post, $"/api/v1/matches/{match}/decline", 1, new { reason = $"不需要{i}" })));
        match = await ProposeAsync(problemsApi, resources, matching, asYulin, asZhaoqing);
        tallies.Add(await StaleWriters.GrpcAsync("match", i => matching.DeclineMatchAsync(new MatchReasonRequest { MatchId = match, ExpectedVersion = 1, Reason = $"不需要{i}" }, asZhaoqing).ResponseAsync));

        var project = (await projects.CreateProjectAsync(new CreateProjectCall { Content = Project("880000") }, asYulin)).ProjectId;
        tallies.Add(await StaleWriters.RestAsync("project", i => Send(yulin, HttpMethod.Put, $"{ListsHost.Path}/{project}", 1, Projects.ProjectsApi.Content($"玉林—肇庆 党建引领产业协作 第{i}稿", [DemoOrgans.Zhaoqing]))));
        project = (await projects.CreateProjectAsync(new CreateProjectCall { Content = Project("880000") }, asYulin)).ProjectId;
        tallies.Add(await StaleWriters.GrpcAsync("project", i => projects.UpdateProjectAsync(
            new UpdateProjectCall { ProjectId = project, ExpectedVersion = 1, Content = Project($"{900000 + i}") }, asYulin).ResponseAsync));

        output.WriteLine(StaleWriteTally.Header);
        tallies.ForEach(t => output.WriteLine(t.ToString()));
        Assert.All(tallies, t => Assert.True(t.ExactlyOneWon, t.ToString()));
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, long version, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"v{version}\"");
        return await client.SendAsync(request);
    }

    private static AcceptProblemRequest Accept(Guid problem)
    {
        var accept = new AcceptProblemRequest
        {
            ProblemId = problem.ToString(),
            ExpectedVersion = 1,
            ResponsibleOrganId = TestProblems.YulinBureau.Id,
            ResponsibleRegionCode = TestProblems.YulinBureau.RegionCode,
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        };
        accept.CoResponsibleOrgans.Add(new OrganRef { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return accept;
    }

    private static async Task<string> OfferAsync(Contracts.Lists.V1.Resources.ResourcesClient resources, Metadata caller)
    {
        var offered = await resources.OfferResourceAsync(Resource("100"), caller);
        Assert.Equal(1, offered.Version);
        return offered.ResourceId;
    }

    /// <summary>A match the raiser (Yulin) proposed for a resource Zhaoqing offers, waiting for Zhaoqing's answer at version 1.</summary>
    private static async Task<string> ProposeAsync(
        ProblemsApi problemsApi, Contracts.Lists.V1.Resources.ResourcesClient resources, Contracts.Lists.V1.Matching.MatchingClient matching, Metadata raiser, Metadata offerer)
    {
        var problem = await problemsApi.RaiseAsync();
        var resource = await OfferAsync(resources, offerer);
        var proposed = await matching.ProposeMatchAsync(new ProposeMatchRequest { ProblemId = problem.ToString(), ResourceId = resource }, raiser);
        Assert.Equal(1, proposed.Version);
        return proposed.MatchId;
    }

    private static object ResourceBody(decimal capacity) => new
    {
        title = "玉林 冷链仓储",
        category = "LogisticsCapacity",
        capacity,
        unit = "吨",
        validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        validTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
    };

    private static ResourceContent Resource(string capacity) => new()
    {
        Title = "玉林 冷链仓储",
        Category = "LogisticsCapacity",
        Capacity = capacity,
        Unit = "吨",
        ValidFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        ValidTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
    };

    private static ProjectContentMessage Project(string budget)
    {
        var content = new ProjectContentMessage { Title = "玉林—肇庆 党建引领产业协作", Category = "IndustrialCooperation", Budget = budget };
        content.Partners.Add(new ProjectPartnerMessage { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return content;
    }
}
