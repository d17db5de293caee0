using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Writes;

/// <summary>The gRPC twins of the REST updates: expected_version required (FAILED_PRECONDITION precondition-required), ABORTED when stale.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class UpdatePreconditionGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Each_update_call_needs_the_expected_version_refuses_a_stale_one_and_answers_the_next_version()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var resources = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var problems = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var projects = new Contracts.Lists.V1.Projects.ProjectsClient(channel);
        var yulin = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };

        var resource = await resources.OfferResourceAsync(Resource("", "100"), yulin);
        await resources.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "YL-R-1", Content = Resource("", "100") }, yulin);
        var problem = new UpsertProblemRequest { ExternalReference = "YL-P-1", Title = "通关时间长", Category = "Logistics", Severity = "Medium" };
        await problems.UpsertProblemAsync(problem, yulin);
        var project = await projects.CreateProjectAsync(new CreateProjectCall { Content = Project("880000") }, yulin);
        var upserted = await projects.UpsertProjectAsync(new UpsertProjectCall { ExternalReference = "YL-J-1", Content = Project("880000") }, yulin);
        Assert.Equal(("Created", "YL-J-1", 1L), (upserted.Outcome, upserted.Project.ExternalReference, upserted.Project.Version));
        var unchanged = await projects.UpsertProjectAsync(new UpsertProjectCall { ExternalReference = "YL-J-1", Content = Project("880000") }, yulin);
        Assert.Equal(("Unchanged", upserted.Project.ProjectId), (unchanged.Outcome, unchanged.Project.ProjectId));

        // Each call with an expected version; the answer is the saved version (or the refusal a current version meets).
        (string Name, Func<long, Task<long>> Call)[] updates =
        [
            ("UpdateResource", async v => (await resources.UpdateResourceAsync(new UpdateResourceRequest { ResourceId = resource.ResourceId, ExpectedVersion = v, Content = Resource("", "80") }, yulin)).Version),
            ("UpsertResource", async v => (await resources.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "YL-R-1", ExpectedVersion = v, Content = Resource("", "80") }, yulin)).Resource.Version),
            ("UpsertProblem", async v => (await problems.UpsertProblemAsync(new UpsertProblemRequest(problem) { Title = "通关时间很长", ExpectedVersion = v }, yulin)).Problem.Version),
            ("UpdateProject", async v => (await projects.UpdateProjectAsync(new UpdateProjectCall { ProjectId = project.ProjectId, ExpectedVersion = v, Content = Project("900000") }, yulin)).Version),
            ("UpsertProject", async v => (await projects.UpsertProjectAsync(new UpsertProjectCall { ExternalReference = "YL-J-1", ExpectedVersion = v, Content = Project("900000") }, yulin)).Project.Version),
        ];

        foreach (var (name, call) in updates)
        {
            var missing = await Assert.ThrowsAsync<RpcException>(() => call(0));
            Assert.True((missing.StatusCode, Reason(missing)) == (StatusCode.FailedPrecondition, "precondition-required"), $"{name}: {missing.Status}");
            var stale = await Assert.ThrowsAsync<RpcException>(() => call(99));
            Assert.True(stale.StatusCode == StatusCode.Aborted, $"{name}: {stale.Status}");
            if (name == "UpsertProblem")
            {
                // A raised problem's content is fixed: a current version meets the rule.
                var fixedContent = await Assert.ThrowsAsync<RpcException>(() => call(1));
                Assert.Equal("problem.content-fixed", Reason(fixedContent));
                continue;
            }

            Assert.True(await call(1) == 2, name);
        }
    }

    private static ResourceContent Resource(string reference, string capacity) => new()
    {
        Title = "玉林 冷链仓储",
        Category = "LogisticsCapacity",
        Capacity = capacity,
        Unit = "吨",
        ValidFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        ValidTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
        ExternalReference = reference,
    };

    private static ProjectContentMessage Project(string budget)
    {
        var content = new ProjectContentMessage { Title = "玉林—肇庆 党建引领产业协作", Category = "IndustrialCooperation", Budget = budget };
        content.Partners.Add(new ProjectPartnerMessage { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return content;
    }

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
}
