using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Grpc.Core;
using ContractStatus = Corridor.Contracts.Lists.V1.ProjectStatus;

namespace Corridor.Lists.Projects;

/// <summary>gRPC adapter: authoritative project status for Teams.</summary>
internal sealed class ProjectsQueryService(UseCaseRunner useCases) : ProjectsQuery.ProjectsQueryBase
{
    [ReadOnlyCall]
    public override async Task<ProjectStatusReply> GetProjectStatus(GetProjectStatusRequest request, ServerCallContext context)
    {
        var project = await useCases.RunAsync(
            new Queries.GetProjectStatus(GrpcArguments.Id(request.ProjectId, nameof(request.ProjectId))), context.CancellationToken);
        return new ProjectStatusReply
        {
            ProjectId = project.ProjectId.ToString(),
            Status = ToContract(project.Status),
            Approved = project.Approved,
            Revision = project.Revision,
            Version = project.Version,
            Title = project.Title,
        };
    }

    private static ContractStatus ToContract(ProjectStatus status) => status switch
    {
        ProjectStatus.Draft => ContractStatus.Draft,
        ProjectStatus.Submitted => ContractStatus.Submitted,
        ProjectStatus.Approved => ContractStatus.Approved,
        ProjectStatus.ChangesRequested => ContractStatus.ChangesRequested,
        ProjectStatus.Rejected => ContractStatus.Rejected,
        ProjectStatus.InExecution => ContractStatus.InExecution,
        ProjectStatus.Completed => ContractStatus.Completed,
        ProjectStatus.Cancelled => ContractStatus.Cancelled,
        _ => ContractStatus.Unspecified,
    };
}
