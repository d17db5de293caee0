using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using ContractStatus = Corridor.Contracts.Lists.V1.ProjectStatus;

namespace Corridor.Lists.Projects;

/// <summary>gRPC adapter: authoritative project status for Teams.</summary>
internal sealed class ProjectsQueryService(ListsDbContext db) : ProjectsQuery.ProjectsQueryBase
{
    [ReadOnlyCall]
    public override async Task<ProjectStatusReply> GetProjectStatus(GetProjectStatusRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ProjectId, out var id))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.ProjectId), "ProjectId must be a UUID.")]);
        }

        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Project", request.ProjectId);

        return new ProjectStatusReply
        {
            ProjectId = project.Id.ToString(),
            Status = ToContract(project.Status),
            Approved = project.Status == ProjectStatus.Approved,
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
