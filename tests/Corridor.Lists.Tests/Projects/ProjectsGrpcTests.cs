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

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
