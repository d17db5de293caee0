using System.Net;
using System.Text.Json;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Tests.Integration;

/// <summary>The approved projects page with a cursor over REST and gRPC (latest approvals first), and the search text is bounded.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ApprovedProjectPagingTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Every_one_of_230_approved_projects_is_listed_once_and_an_over_long_search_is_refused()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var approvedAt = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        // Ten projects share each approval time, so the id breaks the ties.
        var projects = Enumerable.Range(0, 230)
            .Select(i => new ApprovedProject(Guid.NewGuid(), $"联建项目 {i}", DemoOrgans.Yulin.RegionCode, 1, 1, approvedAt.AddMinutes(i / 10)))
            .ToArray();
        await host.QueryAsync<TeamsDbContext, int>(db =>
        {
            db.ApprovedProjects.AddRange(projects);
            return db.SaveChangesAsync();
        });
        var expected = await host.QueryAsync<TeamsDbContext, Guid[]>(db => Task.FromResult(
            db.ApprovedProjects.OrderByDescending(p => p.ApprovedAt).ThenBy(p => p.ProjectId).Select(p => p.ProjectId).ToArray()));
        var token = TestTokens.Member(DemoOrgans.Zhanjiang);
        using var rest = host.CreateRestClient(token);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new G.Teams.TeamsClient(channel);
        var bearer = new Metadata { { "Authorization", $"Bearer {token}" } };

        var overRest = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await rest.GetAsync($"/api/v1/approved-projects?limit=100{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}"))
                .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            overRest.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("projectId").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        var overGrpc = new List<Guid>();
        var next = "";
        do
        {
            var page = await grpc.ListApprovedProjectsAsync(new G.ListApprovedProjectsRequest { PageSize = 200, PageToken = next }, bearer);
            overGrpc.AddRange(page.Projects.Select(p => Guid.Parse(p.ProjectId)));
            next = page.NextPageToken;
        }
        while (next.Length > 0);

        Assert.Equal(230, expected.Length);
        Assert.Equal(expected, overRest);
        Assert.Equal(expected, overGrpc);
        var longSearch = new string('港', 201);
        var refused = await (await rest.GetAsync($"/api/v1/approved-projects?q={Uri.EscapeDataString(longSearch)}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(refused.GetProperty("errors").EnumerateObject(), e => string.Equals(e.Name, "q", StringComparison.OrdinalIgnoreCase));
        var refusedOverGrpc = await Assert.ThrowsAsync<RpcException>(async () =>
            await grpc.ListApprovedProjectsAsync(new G.ListApprovedProjectsRequest { Q = longSearch }, bearer));
        Assert.Equal(StatusCode.InvalidArgument, refusedOverGrpc.StatusCode);
    }
}
