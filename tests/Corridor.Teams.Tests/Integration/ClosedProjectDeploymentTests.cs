using System.Net;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Teams.Tests.Integration;

/// <summary>
/// A deployment to a project Teams has heard is cancelled is refused alike over REST (409 problem+json) and gRPC
/// (FAILED_PRECONDITION), both with the code deployment.project-closed, before Lists is asked: here Lists cannot be
/// reached, so any answer that asked it would be 503 / UNAVAILABLE.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ClosedProjectDeploymentTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_team_is_not_deployed_to_a_cancelled_project_over_REST_or_gRPC()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await TeamsHost.RegisterAsync(host, DemoOrgans.Qinzhou);
        var projectId = Guid.NewGuid();
        await host.QueryAsync<TeamsDbContext, int>(db =>
        {
            db.ApprovedProjects.Add(ApprovedProject.Closed(projectId, "450700", ApprovedProjectStatus.Cancelled, "project cancelled: 资金未落实", 9, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        using var rest = await TeamsHost.DeployAsync(host, DemoOrgans.Qinzhou, teamId, projectId);
        Assert.Equal("application/problem+json", rest.Content.Headers.ContentType?.MediaType);
        var problem = await rest.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-closed", problem.GetProperty("code").GetString());
        Assert.Contains("Cancelled", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await new TeamsClient(channel).DeployTeamAsync(
            new Corridor.Contracts.Teams.V1.DeployTeamRequest { TeamId = teamId.ToString(), ProjectId = projectId.ToString(), From = "2026-06-01", Task = "协助项目落地的组织保障" },
            new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Qinzhou)}" } }));
        Assert.Equal((StatusCode.FailedPrecondition, "deployment.project-closed"), (refused.StatusCode, refused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        var team = await TeamsHost.GetAsync(host, teamId);
        Assert.Equal((1L, 0), (team.GetProperty("version").GetInt64(), team.GetProperty("deployments").GetArrayLength()));
    }
}
