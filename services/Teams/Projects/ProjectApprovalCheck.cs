using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Lists.V1;
using Grpc.Core;

namespace Corridor.Teams.Projects;

/// <summary>
/// Asks Lists (the authority) over gRPC whether a project is approved, before a team is deployed to it. A project
/// whose execution has started is still an approved project: teams are sent to projects under way too.
/// </summary>
internal sealed class ProjectApprovalCheck(ProjectsQuery.ProjectsQueryClient projects)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<ProjectStatusReply> EnsureApprovedAsync(Guid projectId, CancellationToken cancellationToken)
    {
        ProjectStatusReply reply;
        try
        {
            reply = await projects.GetProjectStatusAsync(
                new GetProjectStatusRequest { ProjectId = projectId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new DomainRuleException("deployment.project-not-found", $"Project {projectId} does not exist.");
        }
        catch (RpcException ex)
        {
            throw new DependencyUnavailableException($"The Lists service ({ex.StatusCode})", ex);
        }

        if (!reply.Approved && reply.Status != ProjectStatus.InExecution)
        {
            throw new DomainRuleException("deployment.project-not-approved", $"Project {projectId} is {reply.Status}; teams can be deployed only to approved joint projects.");
        }

        return reply;
    }
}
