using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Projects.Drafting;
using Corridor.Lists.Projects.Grpc;
using Corridor.Lists.Projects.Review;
using Grpc.Core;

namespace Corridor.Lists.Projects;

/// <summary>
/// gRPC adapter over the project use cases: reads the proto fields (absent values as null, through
/// <see cref="GrpcArguments"/>, so the use case's validator answers) and maps the answer to the reply.
/// </summary>
internal sealed class ProjectsGrpcService(UseCaseRunner useCases) : Contracts.Lists.V1.Projects.ProjectsBase
{
    public override Task<ProjectReply> CreateProject(CreateProjectCall request, ServerCallContext context)
    {
        var (content, malformed) = ProjectContentArguments.Read(request.Content);
        return RunAsync(new Drafting.CreateProject(content) { MalformedFields = malformed }, context);
    }

    public override Task<ProjectReply> UpdateProject(UpdateProjectCall request, ServerCallContext context)
    {
        var (content, malformed) = ProjectContentArguments.Read(request.Content);
        return RunAsync(new EditProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), content) { MalformedFields = malformed }, context);
    }

    public override async Task<UpsertProjectReply> UpsertProject(UpsertProjectCall request, ServerCallContext context)
    {
        var (content, malformed) = ProjectContentArguments.Read(request.Content);
        var answer = await useCases.RunAsync(
            new Drafting.UpsertProject(request.ExternalReference, GrpcArguments.Expected(request.ExpectedVersion), content) { MalformedFields = malformed },
            context.CancellationToken);
        return new UpsertProjectReply { Outcome = answer.Outcome, Project = ProjectReplies.Project(answer.Project) };
    }

    [ReadOnlyCall]
    public override async Task<ProjectReply> GetProject(ProjectIdCall request, ServerCallContext context) =>
        ProjectReplies.Project(await useCases.RunAsync(new Queries.GetProject(Id(request.ProjectId)), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ListProjectsReply> ListProjects(ListProjectsCall request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new Queries.ListProjects(
                GrpcArguments.Optional(request.Status),
                GrpcArguments.Optional(request.Region),
                GrpcArguments.OptionalId(request.AgreementId, "AgreementId"),
                GrpcArguments.Optional(request.Category),
                request.FlaggedOnly ? true : null,
                GrpcArguments.Optional(request.Q),
                GrpcArguments.Optional(request.PageToken),
                request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        return ProjectReplies.Page(page.Items, page.NextCursor);
    }

    [ReadOnlyCall]
    public override async Task<ListProjectsReply> GetReviewQueue(ReviewQueueCall request, ServerCallContext context) =>
        ProjectReplies.Page(await useCases.RunAsync(new Review.GetReviewQueue(), context.CancellationToken), null);

    [ReadOnlyCall]
    public override async Task<ProjectHistoryReply> GetReviewHistory(ProjectIdCall request, ServerCallContext context) =>
        ProjectReplies.History(await useCases.RunAsync(new GetProjectHistory(Id(request.ProjectId)), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<RevisionDiffReply> GetRevisionDiff(RevisionDiffCall request, ServerCallContext context) =>
        ProjectReplies.Diff(await useCases.RunAsync(new Drafting.GetRevisionDiff(Id(request.ProjectId), request.From, request.To), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ProjectStatisticsReply> GetProjectStatistics(ProjectStatisticsCall request, ServerCallContext context) =>
        ProjectReplies.Statistics(await useCases.RunAsync(new Queries.GetProjectStatistics(), context.CancellationToken));

    public override Task<ProjectReply> HandPen(HandPenCall request, ServerCallContext context) =>
        RunAsync(new Drafting.HandPen(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.RegionCode)), context);

    public override Task<ProjectReply> SubmitProject(ProjectActionCall request, ServerCallContext context) =>
        RunAsync(new Review.SubmitProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion)), context);

    public override Task<ProjectReply> ApproveProject(ApproveProjectCall request, ServerCallContext context) =>
        RunAsync(
            new Review.ApproveProject(
                Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), Revision(request.Revision),
                GrpcArguments.Optional(request.OnBehalfOfRegion), GrpcArguments.Optional(request.Reason)),
            context);

    public override Task<ProjectReply> SendBackProject(ReviewDecisionCall request, ServerCallContext context) =>
        RunAsync(
            new Review.SendBackProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), Revision(request.Revision), GrpcArguments.Optional(request.Text)),
            context);

    public override Task<ProjectReply> RejectProject(ReviewDecisionCall request, ServerCallContext context) =>
        RunAsync(
            new Review.RejectProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), Revision(request.Revision), GrpcArguments.Optional(request.Text)),
            context);

    public override Task<ProjectReply> StartExecution(ProjectDateCall request, ServerCallContext context) =>
        RunAsync(
            new Execution.StartExecution(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Date(request.Date, "StartedOn")),
            context);

    public override Task<ProjectReply> ReportMilestoneProgress(MilestoneProgressCall request, ServerCallContext context) =>
        RunAsync(
            new Execution.ReportMilestoneProgress(
                Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), request.Milestone, request.Percent, GrpcArguments.Optional(request.Note)),
            context);

    public override Task<ProjectReply> CompleteProject(ProjectDateCall request, ServerCallContext context) =>
        RunAsync(
            new Execution.CompleteProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Date(request.Date, "CompletedOn")),
            context);

    public override Task<ProjectReply> CancelProject(ReviewDecisionCall request, ServerCallContext context) =>
        RunAsync(new Execution.CancelProject(Id(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Text)), context);

    private async Task<ProjectReply> RunAsync(IUseCase<ProjectResponse> useCase, ServerCallContext context) =>
        ProjectReplies.Project(await useCases.RunAsync(useCase, context.CancellationToken));

    private static Guid Id(string projectId) => GrpcArguments.Id(projectId, "ProjectId");

    /// <summary>Revision 0 is proto3's "not given", so the use case's validator asks for it as REST does.</summary>
    private static int? Revision(int revision) => revision == 0 ? null : revision;
}
