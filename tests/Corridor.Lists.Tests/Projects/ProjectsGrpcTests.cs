using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Projects;

/// <summary>ProjectsQuery.GetProjectStatus on a real h2c port, as Teams calls it.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectsGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task GetProjectStatus_answers_Draft_Approved_and_NotFound()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var draft = await ListsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var approved = await ListsHost.SubmittedAsync(host, DemoOrgans.Qinzhou, DemoOrgans.Guangdong);
        await ListsHost.ApprovedAsync(host, approved, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await ListsHost.ApprovedAsync(host, approved, TestTokens.Coordinator(DemoOrgans.Guangdong));
        await ListsHost.ApprovedAsync(host, approved, TestTokens.Secretariat());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new ProjectsQuery.ProjectsQueryClient(channel);
        var caller = Bearer(TestTokens.Member(DemoOrgans.Hezhou));

        var draftStatus = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = draft.ToString() }, caller);
        Assert.Equal(ProjectStatus.Draft, draftStatus.Status);
        Assert.False(draftStatus.Approved);
        Assert.Equal(1, draftStatus.Version);
        Assert.Equal(1, draftStatus.Revision);
        Assert.Equal("玉林—肇庆 党建引领产业协作", draftStatus.Title);

        var approvedStatus = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = approved.ToString() }, caller);
        Assert.Equal(approved.ToString(), approvedStatus.ProjectId);
        Assert.Equal(ProjectStatus.Approved, approvedStatus.Status);
        Assert.True(approvedStatus.Approved);
        Assert.Equal(5, approvedStatus.Version);

        var unknown = Guid.NewGuid().ToString();
        var notFound = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = unknown }, caller));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("not-found", notFound.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [SkippableFact]
    public async Task GetProjectStatus_refuses_a_malformed_id_with_details_and_a_caller_without_a_token()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new ProjectsQuery.ProjectsQueryClient(channel);

        var malformed = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = "42" }, Bearer(TestTokens.Member(DemoOrgans.Yulin))));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        var violation = Assert.Single(malformed.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []);
        Assert.Equal("ProjectId", violation.Field);

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = Guid.NewGuid().ToString() }));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [SkippableFact]
    public async Task The_Projects_service_drafts_reviews_and_reads_with_the_same_rules_as_REST()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), settings: new Dictionary<string, string?> { ["Review:RequireSecretariat"] = "false" });
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Projects.ProjectsClient(channel);
        var yulin = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var content = new ProjectContentMessage
        {
            Title = "玉林—肇庆 党建引领产业协作",
            Category = "IndustrialCooperation",
            Budget = "880000.50",
            StartDate = "2026-06-01",
            EndDate = "2027-05-31",
            Partners = { new ProjectPartnerMessage { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode } },
            Milestones = { new ProjectMilestonePlan { Title = "签署合作备忘录", DueDate = "2026-07-01" } },
        };

        var invalid = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CreateProjectAsync(new CreateProjectCall { Content = new ProjectContentMessage(content) { Budget = "1.234", StartDate = "06/01/2026" } }, yulin));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["Budget", "StartDate"], invalid.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));

        var created = await client.CreateProjectAsync(new CreateProjectCall { Content = content }, yulin);
        Assert.Equal(("Draft", "880000.50", 1L), (created.Status, created.Content.Budget, created.Version));
        var edited = await client.UpdateProjectAsync(new UpdateProjectCall { ProjectId = created.ProjectId, ExpectedVersion = 1, Content = new ProjectContentMessage(content) { Budget = "900000" } }, yulin);
        Assert.Equal((2, "900000.00"), (edited.Revision, edited.Content.Budget));
        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpdateProjectAsync(new UpdateProjectCall { ProjectId = created.ProjectId, ExpectedVersion = 1, Content = content }, yulin));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var diff = await client.GetRevisionDiffAsync(new RevisionDiffCall { ProjectId = created.ProjectId, From = 1, To = 2 }, yulin);
        Assert.Equal(("budget", "880000.50", "900000.00"), (diff.Changes[0].Field, diff.Changes[0].Before, diff.Changes[0].After));

        await client.SubmitProjectAsync(new ProjectActionCall { ProjectId = created.ProjectId }, yulin);
        var zhaoqing = Bearer(TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        Assert.Equal(created.ProjectId, Assert.Single((await client.GetReviewQueueAsync(new ReviewQueueCall(), zhaoqing)).Projects).ProjectId);
        var staleRevision = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ApproveProjectAsync(new ApproveProjectCall { ProjectId = created.ProjectId, Revision = 1 }, zhaoqing));
        Assert.Equal(StatusCode.FailedPrecondition, staleRevision.StatusCode);
        Assert.Equal("review.stale-revision", staleRevision.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        await client.ApproveProjectAsync(new ApproveProjectCall { ProjectId = created.ProjectId, Revision = 2 }, zhaoqing);
        var approved = await client.ApproveProjectAsync(new ApproveProjectCall { ProjectId = created.ProjectId, Revision = 2 }, Bearer(TestTokens.Coordinator(DemoOrgans.Yulin)));
        Assert.Equal("Approved", approved.Status);

        var history = await client.GetReviewHistoryAsync(new ProjectIdCall { ProjectId = created.ProjectId }, yulin);
        Assert.Equal(["draft", "edit", "submit", "approve", "approve"], history.Entries.Select(e => e.Action));
        var listed = await client.ListProjectsAsync(new ListProjectsCall { Status = "Approved", Region = "441200" }, yulin);
        Assert.Equal(created.ProjectId, Assert.Single(listed.Projects).ProjectId);
        var statistics = await client.GetProjectStatisticsAsync(new ProjectStatisticsCall(), yulin);
        Assert.Equal("900000.00", Assert.Single(statistics.ByLeadRegion).Budget);
        var status = await new ProjectsQuery.ProjectsQueryClient(channel).GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = created.ProjectId }, yulin);
        Assert.Equal((ProjectStatus.Approved, 2), (status.Status, status.Revision));
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
