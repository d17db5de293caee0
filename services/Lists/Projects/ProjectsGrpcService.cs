using System.Globalization;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Drafting;
using Corridor.Lists.Projects.Review;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>gRPC adapter over the same queries, validators and domain operations as REST; no rules of its own.</summary>
internal sealed class ProjectsGrpcService(
    ListsDbContext db, UseCaseRunner useCases, CallerIdentity caller, ReviewPolicy policy, AgreementBindingCheck agreements, IValidator<CreateProjectRequest> validator, TimeProvider clock)
    : Contracts.Lists.V1.Projects.ProjectsBase
{
    private DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public override async Task<ProjectReply> CreateProject(CreateProjectCall request, ServerCallContext context)
    {
        var content = await ContentAsync(request.Content, context);
        var project = await ProjectDrafting.CreateAsync(db, caller, content, agreements, Now, context.CancellationToken);
        return await ReplyAsync(project, context);
    }

    public override async Task<ProjectReply> UpdateProject(UpdateProjectCall request, ServerCallContext context)
    {
        var content = await ContentAsync(request.Content, context);
        var project = await AggregateChange.ApplyAsync(db, db.Projects.AsSplitQuery(), ParseId(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion).Required,
            ProjectDrafting.Edit(caller, content, agreements, policy, Now, context.CancellationToken), context.CancellationToken);
        return await ReplyAsync(project, context);
    }

    public override async Task<UpsertProjectReply> UpsertProject(UpsertProjectCall request, ServerCallContext context)
    {
        var content = await ContentAsync(request.Content, context);
        var (project, outcome) = await ProjectUpsert.ApplyAsync(
            db, request.ExternalReference, content, caller, GrpcArguments.Expected(request.ExpectedVersion), agreements, policy, Now, context.CancellationToken);
        return new UpsertProjectReply { Outcome = outcome, Project = await ReplyAsync(project, context) };
    }

    [ReadOnlyCall]
    public override async Task<ProjectReply> GetProject(ProjectIdCall request, ServerCallContext context) =>
        await ReplyAsync(await ProjectQueries.GetAsync(db, ParseId(request.ProjectId), context.CancellationToken), context);

    [ReadOnlyCall]
    public override async Task<ListProjectsReply> ListProjects(ListProjectsCall request, ServerCallContext context)
    {
        var filter = new ProjectFilter(
            Optional(request.Status), Optional(request.Region), Optional(request.AgreementId) is null ? null : ParseGuid(request.AgreementId, "AgreementId"),
            Optional(request.Category), request.FlaggedOnly ? true : null, Optional(request.Q), Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize);
        var page = await ProjectQueries.ListAsync(db, filter, Now, context.CancellationToken);
        return Page(page.Items, page.NextCursor);
    }

    [ReadOnlyCall]
    public override async Task<ListProjectsReply> GetReviewQueue(ReviewQueueCall request, ServerCallContext context) =>
        Page(await ProjectQueries.ReviewQueueAsync(db, caller, policy, Now, context.CancellationToken), null);

    [ReadOnlyCall]
    public override async Task<ProjectHistoryReply> GetReviewHistory(ProjectIdCall request, ServerCallContext context)
    {
        var project = await ProjectQueries.GetAsync(db, ParseId(request.ProjectId), context.CancellationToken);
        var reply = new ProjectHistoryReply();
        reply.Entries.AddRange(project.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new ProjectTransitionMessage
        {
            Action = h.Action,
            From = h.From?.ToString() ?? "",
            To = h.To.ToString(),
            Revision = h.Revision,
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            At = Instant(h.At),
            Note = h.Note ?? "",
        }));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<RevisionDiffReply> GetRevisionDiff(RevisionDiffCall request, ServerCallContext context)
    {
        var diff = await ProjectQueries.DiffAsync(db, ParseId(request.ProjectId), request.From, request.To, context.CancellationToken);
        var reply = new RevisionDiffReply { From = diff.From, To = diff.To };
        reply.Changes.AddRange(diff.Changes.Select(c => new RevisionFieldChange { Field = c.Field, Before = c.Before ?? "", After = c.After ?? "" }));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<Contracts.Lists.V1.ProjectStatisticsReply> GetProjectStatistics(ProjectStatisticsCall request, ServerCallContext context)
    {
        var statistics = await ProjectStatistics.ComputeAsync(db, context.CancellationToken);
        var reply = new Contracts.Lists.V1.ProjectStatisticsReply { Projects = statistics.Projects, Rule = statistics.Rule };
        reply.ByLeadRegion.AddRange(statistics.ByLeadRegion.Select(Count));
        reply.ByParticipatingRegion.AddRange(statistics.ByParticipatingRegion.Select(Count));
        return reply;
    }

    public override Task<ProjectReply> HandPen(HandPenCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.HandPen(caller, request.RegionCode, Now), context);

    public override Task<ProjectReply> SubmitProject(ProjectActionCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.Submit(caller, policy, Now), context);

    public override async Task<ProjectReply> ApproveProject(ApproveProjectCall request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new Review.ApproveProject(
                ParseId(request.ProjectId), GrpcArguments.Expected(request.ExpectedVersion), request.Revision == 0 ? null : request.Revision,
                GrpcArguments.Optional(request.OnBehalfOfRegion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken));

    public override Task<ProjectReply> SendBackProject(ReviewDecisionCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.RequestChanges(caller, request.Revision, request.Text, policy, Now), context);

    public override Task<ProjectReply> RejectProject(ReviewDecisionCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.Reject(caller, request.Revision, request.Text, policy, Now), context);

    public override Task<ProjectReply> StartExecution(ProjectDateCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.StartExecution(caller, DateOrToday(request.Date, "Date"), Now), context);

    public override Task<ProjectReply> ReportMilestoneProgress(MilestoneProgressCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.ReportMilestone(caller, request.Milestone, request.Percent, Optional(request.Note), Now), context);

    public override Task<ProjectReply> CompleteProject(ProjectDateCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.Complete(caller, DateOrToday(request.Date, "Date"), Now), context);

    public override Task<ProjectReply> CancelProject(ReviewDecisionCall request, ServerCallContext context) =>
        ApplyAsync(request.ProjectId, request.ExpectedVersion, p => p.Cancel(caller, request.Text, Now), context);

    private Task<ProjectReply> ApplyAsync(string projectId, long expectedVersion, Action<Project> change, ServerCallContext context, bool independent = false) =>
        ApplyAsync(projectId, expectedVersion, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, context, independent);

    private async Task<ProjectReply> ApplyAsync(string projectId, long expectedVersion, Func<Project, Task> change, ServerCallContext context, bool independent = false)
    {
        var project = await AggregateChange.ApplyAsync(db, db.Projects.AsSplitQuery(), ParseId(projectId), GrpcArguments.Expected(expectedVersion), change, context.CancellationToken, independent);
        return await ReplyAsync(project, context);
    }

    /// <summary>The REST validator decides, so both adapters refuse the same content with the same field names.</summary>
    private async Task<ProjectContent> ContentAsync(ProjectContentMessage? content, ServerCallContext context)
    {
        content ??= new ProjectContentMessage();
        var failures = new List<ValidationFailure>();
        var request = new CreateProjectRequest(
            Optional(content.Title),
            content.Description,
            content.Partners.Select(p => new PartnerRequest(p.OrganId, p.RegionCode)).ToArray(),
            Optional(content.AgreementId) is null ? null : ParseGuid(content.AgreementId, "Content.AgreementId"),
            Optional(content.Category),
            Optional(content.Budget) is { } budget ? Parse(budget, "Budget", s => decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), failures) : null,
            Optional(content.StartDate) is { } start ? Parse(start, "StartDate", ParseDate, failures) : null,
            Optional(content.EndDate) is { } end ? Parse(end, "EndDate", ParseDate, failures) : null,
            content.Milestones.Select((m, i) => new MilestoneRequest(Optional(m.Title), Parse(m.DueDate, $"Milestones[{i}].DueDate", ParseDate, failures))).ToArray());
        var result = await validator.ValidateAsync(request, context.CancellationToken);
        failures.AddRange(result.Errors);
        return failures.Count > 0 ? throw new ValidationException(failures) : request.ToContent();
    }

    private async Task<ProjectReply> ReplyAsync(Project project, ServerCallContext context) =>
        Reply(await ProjectQueries.ViewAsync(db, project, policy, Now, context.CancellationToken));

    private static ProjectReply Reply(ProjectResponse view)
    {
        var content = new ProjectContentMessage
        {
            Title = view.Title,
            Description = view.Description,
            Category = view.Category,
            Budget = ProjectContent.Yuan(view.BudgetFen) ?? "",
            StartDate = Date(view.StartDate),
            EndDate = Date(view.EndDate),
            AgreementId = view.AgreementId?.ToString() ?? "",
        };
        content.Partners.AddRange(view.Partners.Select(p => new ProjectPartnerMessage { OrganId = p.OrganId, RegionCode = p.RegionCode }));
        content.Milestones.AddRange(view.Milestones.Select(m => new ProjectMilestonePlan { Title = m.Title, DueDate = Date(m.DueDate) }));
        var reply = new ProjectReply
        {
            ProjectId = view.Id.ToString(),
            Content = content,
            LeadOrganId = view.LeadOrganId,
            LeadRegionCode = view.LeadRegionCode,
            PenHolderRegionCode = view.PenHolderRegionCode,
            Status = view.Status,
            Revision = view.Revision,
            Round = view.Round,
            ReviewDueAt = view.ReviewDueAt is { } due ? Instant(due) : "",
            ReviewOverdue = view.ReviewOverdue,
            ReviewComments = view.ReviewComments ?? "",
            RejectionReason = view.RejectionReason ?? "",
            CancellationReason = view.CancellationReason ?? "",
            AgreementStatus = view.Agreement?.Status ?? "",
            AgreementFlagged = view.Agreement?.Flagged ?? false,
            DeployedTeams = view.DeployedTeams.Count(d => d.Active),
            Version = view.Version,
            ExternalReference = view.ExternalReference ?? "",
        };
        reply.Approvals.AddRange(view.Approvals.Select(a => new ProjectApprovalMessage
        {
            Party = a.Party,
            Revision = a.Revision,
            ApprovedBy = a.ApprovedBy,
            ApproverOrgan = a.ApproverOrgan,
            ApprovedAt = Instant(a.ApprovedAt),
            OnBehalf = a.OnBehalf,
            Note = a.Note ?? "",
            Voided = a.Voided,
        }));
        reply.PendingApprovals.AddRange(view.PendingApprovals);
        reply.BlockedApprovals.AddRange(view.BlockedApprovals);
        reply.Milestones.AddRange(view.Milestones.Select(m => new ProjectMilestoneMessage { Number = m.Number, Title = m.Title, DueDate = Date(m.DueDate), Percent = m.Percent }));
        return reply;
    }

    private static ListProjectsReply Page(IEnumerable<ProjectSummary> items, string? next)
    {
        var reply = new ListProjectsReply { NextPageToken = next ?? "" };
        reply.Projects.AddRange(items.Select(p => new ProjectSummaryMessage
        {
            ProjectId = p.Id.ToString(),
            Title = p.Title,
            Category = p.Category,
            Status = p.Status,
            LeadRegionCode = p.LeadRegionCode,
            AgreementId = p.AgreementId?.ToString() ?? "",
            AgreementFlagged = p.AgreementFlagged,
            Revision = p.Revision,
            ReviewDueAt = p.ReviewDueAt is { } due ? Instant(due) : "",
            ReviewOverdue = p.ReviewOverdue,
            Version = p.Version,
        }));
        return reply;
    }

    private static ProjectRegionStatusCount Count(RegionStatusCount row) => new()
    {
        RegionCode = row.RegionCode,
        Status = row.Status,
        Projects = row.Projects,
        Budget = row.Budget.ToString("0.00", CultureInfo.InvariantCulture),
    };

    private DateOnly DateOrToday(string value, string field)
    {
        var failures = new List<ValidationFailure>();
        var date = Optional(value) is null ? DateOnly.FromDateTime(Now) : Parse(value, field, ParseDate, failures);
        return failures.Count > 0 ? throw new ValidationException(failures) : date!.Value;
    }

    private static T? Parse<T>(string value, string field, Func<string, T> parse, List<ValidationFailure> failures)
        where T : struct
    {
        try
        {
            return parse(value);
        }
        catch (FormatException)
        {
            failures.Add(new ValidationFailure(field, $"{field} is not in the expected format."));
            return null;
        }
        catch (OverflowException)
        {
            failures.Add(new ValidationFailure(field, $"{field} is out of range."));
            return null;
        }
    }

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Instant(DateTime at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static string? Optional(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static Guid ParseId(string value) => ParseGuid(value, "ProjectId");

    private static Guid ParseGuid(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException([new ValidationFailure(field, $"{field} must be a UUID.")]);
}
