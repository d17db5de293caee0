using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Lists.Projects.Execution;

/// <summary>Start execution, report milestone progress, complete, cancel.</summary>
internal static class ExecutionEndpoints
{
    public static RouteGroupBuilder MapExecution(this RouteGroupBuilder projects)
    {
        projects.MapPost("/{id:guid}/start", (Guid id, StartExecutionRequest? r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.StartExecution(caller, r?.StartedOn ?? DateOnly.FromDateTime(answer.Now), answer.Now)));
        projects.MapPost("/{id:guid}/milestones/{number:int}/progress", (Guid id, int number, MilestoneProgressRequest r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.ReportMilestone(caller, number, r.Percent!.Value, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note, answer.Now)))
            .Validate<MilestoneProgressRequest>();
        projects.MapPost("/{id:guid}/complete", (Guid id, CompleteProjectRequest? r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.Complete(caller, r?.CompletedOn ?? DateOnly.FromDateTime(answer.Now), answer.Now)));
        projects.MapPost("/{id:guid}/cancel", (Guid id, CancelProjectRequest r, CallerIdentity caller, ProjectAnswer answer, HttpContext http) =>
            answer.ApplyAsync(http, id, p => p.Cancel(caller, r.Reason!, answer.Now))).Validate<CancelProjectRequest>();
        return projects;
    }
}
