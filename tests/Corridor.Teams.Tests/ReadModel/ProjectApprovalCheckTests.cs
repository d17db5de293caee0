using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Lists.V1;
using Corridor.Teams.Projects;
using Grpc.Core;

namespace Corridor.Teams.Tests.ReadModel;

public sealed class ProjectApprovalCheckTests
{
    [Theory]
    [InlineData(ProjectStatus.Approved, true)]
    [InlineData(ProjectStatus.InExecution, false)]
    public async Task An_approved_project_and_one_under_way_take_deployments(ProjectStatus status, bool approved)
    {
        var check = new ProjectApprovalCheck(new Answering(new ProjectStatusReply { Status = status, Approved = approved }));

        await check.EnsureApprovedAsync(Guid.NewGuid(), CancellationToken.None);
    }

    [Theory]
    [InlineData(ProjectStatus.Draft)]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.ChangesRequested)]
    [InlineData(ProjectStatus.Rejected)]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Cancelled)]
    public async Task Any_other_project_is_refused_naming_its_status(ProjectStatus status)
    {
        var check = new ProjectApprovalCheck(new Answering(new ProjectStatusReply { Status = status }));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => check.EnsureApprovedAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.Equal("deployment.project-not-approved", refused.Code);
        Assert.Contains(status.ToString(), refused.Message, StringComparison.Ordinal);
    }

    private sealed class Answering(ProjectStatusReply reply) : ProjectsQuery.ProjectsQueryClient
    {
        public override AsyncUnaryCall<ProjectStatusReply> GetProjectStatusAsync(
            GetProjectStatusRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default) =>
            new(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }
}
