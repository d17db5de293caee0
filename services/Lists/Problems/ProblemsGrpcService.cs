using System.Globalization;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using GrpcProblemSummary = Corridor.Contracts.Lists.V1.ProblemSummary;

namespace Corridor.Lists.Problems;

/// <summary>gRPC adapter over the same queries and domain operations as REST; no rules of its own.</summary>
internal sealed class ProblemsGrpcService(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : Contracts.Lists.V1.Problems.ProblemsBase
{
    public override async Task<ProblemReply> GetProblem(GetProblemRequest request, ServerCallContext context) =>
        Reply(await ProblemQueries.GetAsync(db, ParseId(request.ProblemId), context.CancellationToken));

    public override async Task<ListProblemsReply> ListProblems(ListProblemsRequest request, ServerCallContext context)
    {
        var filter = new ProblemFilter(
            Optional(request.Region), Optional(request.Organ), Optional(request.Category), Optional(request.Status), Optional(request.Severity),
            request.OverdueOnly ? true : null, Optional(request.Q), Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize);
        var page = await ProblemQueries.ListAsync(db, filter, Today(), context.CancellationToken);
        var reply = new ListProblemsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Problems.AddRange(page.Items.Select(p => new GrpcProblemSummary
        {
            ProblemId = p.Id.ToString(),
            Title = p.Title,
            Category = p.Category,
            Severity = p.Severity,
            Status = p.Status,
            RaisedByRegionCode = p.RaisedByRegionCode,
            HandlingRegionCode = p.HandlingRegionCode,
            ResponsibleOrganId = p.ResponsibleOrganId ?? "",
            DueDate = Date(p.DueDate),
            Overdue = p.Overdue,
            Version = p.Version,
        }));
        return reply;
    }

    public override Task<ProblemReply> StartProblem(ProblemActionRequest request, ServerCallContext context) =>
        ApplyAsync(request.ProblemId, request.ExpectedVersion, (p, now) => p.Start(caller, now), context);

    public override Task<ProblemReply> ReportProgress(ReportProgressRequest request, ServerCallContext context) =>
        ApplyAsync(request.ProblemId, request.ExpectedVersion, (p, now) => p.ReportProgress(caller, request.Text, Optional(request.SupportNeeded), now), context);

    public override Task<ProblemReply> ResolveProblem(ResolveProblemRequest request, ServerCallContext context) =>
        ApplyAsync(request.ProblemId, request.ExpectedVersion, (p, now) => p.Resolve(caller, request.Resolution, now), context);

    public override Task<ProblemReply> UrgeProblem(UrgeProblemRequest request, ServerCallContext context) =>
        ApplyAsync(request.ProblemId, request.ExpectedVersion, (p, now) => p.Urge(caller, Optional(request.Note), now), context);

    private async Task<ProblemReply> ApplyAsync(string problemId, long expectedVersion, Action<Problem, DateTime> change, ServerCallContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = await ProblemChange.ApplyAsync(db, ParseId(problemId), ProblemChange.Expect(expectedVersion), p => change(p, now), context.CancellationToken);
        return Reply(problem);
    }

    private ProblemReply Reply(Problem p) => new()
    {
        ProblemId = p.Id.ToString(),
        Title = p.Title,
        Description = p.Description,
        Category = p.Category.ToString(),
        Severity = p.Severity.ToString(),
        Status = p.Status.ToString(),
        RaisedByOrganId = p.RaisedByOrganId,
        RaisedByRegionCode = p.RaisedByRegionCode,
        HandlingRegionCode = p.HandlingRegionCode,
        ResponsibleOrganId = p.ResponsibleOrganId ?? "",
        DueDate = Date(p.DueDate),
        Overdue = p.IsOverdue(Today()),
        DuplicateOf = p.DuplicateOfId?.ToString() ?? "",
        Urgings = p.Urgings.Count,
        ProgressReports = p.ProgressReports.Count,
        Version = p.Version,
    };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string? Optional(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static Guid ParseId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException([new ValidationFailure("ProblemId", "ProblemId must be a UUID.")]);
}
