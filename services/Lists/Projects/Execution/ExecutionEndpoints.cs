using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Lists.Projects.Execution;

/// <summary>Start execution, report milestone progress, complete, cancel.</summary>
internal static class ExecutionEndpoints
{
    public static RouteGroupBuilder MapExecution(this RouteGroupBuilder projects)
    {
        projects.MapPost("/{id:guid}/start", async (Guid id, StartExecutionRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new StartExecution(id, IfMatch.Precondition(http.Request), r?.StartedOn), http.RequestAborted)));
        projects.MapPost("/{id:guid}/milestones/{number:int}/progress", async (Guid id, int number, MilestoneProgressRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(
                new ReportMilestoneProgress(id, IfMatch.Precondition(http.Request), number, r?.Percent, r?.Note), http.RequestAborted)))
            .ProducesValidationProblem();
        projects.MapPost("/{id:guid}/complete", async (Guid id, CompleteProjectRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new CompleteProject(id, IfMatch.Precondition(http.Request), r?.CompletedOn), http.RequestAborted)));
        projects.MapPost("/{id:guid}/cancel", async (Guid id, CancelProjectRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new CancelProject(id, IfMatch.Precondition(http.Request), r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        return projects;
    }
}
