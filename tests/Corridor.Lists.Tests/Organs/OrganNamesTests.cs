using System.Net;
using System.Text.Json;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Organs;

/// <summary>Views name the organs they show, from the directory read model (issue 17, item 2).</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganNamesTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Project_and_problem_views_and_lists_name_their_organs_over_REST_and_gRPC()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var projectId = await ListsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var api = new ProblemsApi(host);
        var problemId = await api.AcceptedAsync();
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var project = await (await yulin.GetAsync($"{ListsHost.Path}/{projectId}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(DemoOrgans.Yulin.Name, project.GetProperty("leadOrganName").GetString());
        Assert.Equal(DemoOrgans.Zhaoqing.Name, project.GetProperty("partners")[0].GetProperty("organName").GetString());
        var projects = await (await yulin.GetAsync(ListsHost.Path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(DemoOrgans.Yulin.Name, projects.GetProperty("items")[0].GetProperty("leadOrganName").GetString());

        var problem = await api.GetAsync($"{ProblemsApi.Path}/{problemId}");
        Assert.Equal(
            (DemoOrgans.Yulin.Name, TestProblems.YulinBureau.Name, DemoOrgans.Zhaoqing.Name),
            (problem.GetProperty("raisedByOrganName").GetString(), problem.GetProperty("responsibleOrganName").GetString(),
                problem.GetProperty("coResponsibleOrgans")[0].GetProperty("organName").GetString()));
        var problems = await api.GetAsync(ProblemsApi.Path);
        Assert.Equal(TestProblems.YulinBureau.Name, problems.GetProperty("items")[0].GetProperty("responsibleOrganName").GetString());

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };
        var projectReply = await new Corridor.Contracts.Lists.V1.Projects.ProjectsClient(channel).GetProjectAsync(new ProjectIdCall { ProjectId = projectId.ToString() }, bearer);
        Assert.Equal((DemoOrgans.Yulin.Name, DemoOrgans.Zhaoqing.Name), (projectReply.LeadOrganName, projectReply.Content.Partners[0].OrganName));
        var problemReply = await new Corridor.Contracts.Lists.V1.Problems.ProblemsClient(channel).GetProblemAsync(new GetProblemRequest { ProblemId = problemId.ToString() }, bearer);
        Assert.Equal((DemoOrgans.Yulin.Name, TestProblems.YulinBureau.Name), (problemReply.RaisedByOrganName, problemReply.ResponsibleOrganName));
    }
}
