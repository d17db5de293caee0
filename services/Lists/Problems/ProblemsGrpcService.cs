using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems.Supervision;
using Corridor.Lists.Submissions;
using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using GrpcAcceptProblemRequest = Corridor.Contracts.Lists.V1.AcceptProblemRequest;
using GrpcProblemSummary = Corridor.Contracts.Lists.V1.ProblemSummary;
using GrpcRaiseProblemRequest = Corridor.Contracts.Lists.V1.RaiseProblemRequest;
using GrpcResolvedInPeriod = Corridor.Contracts.Lists.V1.ResolvedInPeriod;

namespace Corridor.Lists.Problems;

/// <summary>
/// gRPC adapter over the same queries, validators and domain operations as REST; no rules of its own.
/// Each request is turned into the REST request record and checked by the same validator.
/// </summary>
internal sealed class ProblemsGrpcService(
    ListsDbContext db, CallerIdentity caller, TimeProvider clock, IServiceProvider services, IListSubmission<RaiseProblemRequest, Problem> list)
    : Contracts.Lists.V1.Problems.ProblemsBase
{
    [ReadOnlyCall]
    public override async Task<ProblemReply> GetProblem(GetProblemRequest request, ServerCallContext context) =>
        Reply(await ProblemQueries.GetAsync(db, GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ListProblemsReply> ListProblems(ListProblemsRequest request, ServerCallContext context)
    {
        var filter = new ProblemFilter(
            GrpcArguments.Optional(request.Region), GrpcArguments.Optional(request.Organ), GrpcArguments.Optional(request.Category),
            GrpcArguments.Optional(request.Status), GrpcArguments.Optional(request.Severity), request.OverdueOnly ? true : null,
            GrpcArguments.Optional(request.Q), GrpcArguments.Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize);
        var page = await ProblemQueries.ListAsync(db, filter, Today(), context.CancellationToken);
        var reply = new ListProblemsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Problems.AddRange(page.Items.Select(Summary));
        return reply;
    }

    public override async Task<ProblemReply> RaiseProblem(GrpcRaiseProblemRequest request, ServerCallContext context)
    {
        var raise = await ValidAsync(ToRequest(request), context);
        return Reply(await Problems.RaiseProblem.RaiseAsync(db, raise, caller, Now(), context.CancellationToken));
    }

    public override async Task<UpsertProblemReply> UpsertProblem(UpsertProblemRequest request, ServerCallContext context)
    {
        var raise = await ValidAsync(
            new RaiseProblemRequest(
                GrpcArguments.Optional(request.Title), GrpcArguments.Optional(request.Description), GrpcArguments.Optional(request.Category),
                GrpcArguments.Optional(request.Severity), GrpcArguments.Optional(request.EnterpriseCreditCode), null),
            context);
        var (problem, outcome) = await ProblemUpsert.ApplyAsync(
            db, list, request.ExternalReference, raise, caller, GrpcArguments.Expected(request.ExpectedVersion), Now(), context.CancellationToken);
        return new UpsertProblemReply { Outcome = outcome, Problem = Reply(problem) };
    }

    public override async Task<DeleteProblemReply> DeleteProblem(DeleteProblemRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId));
        var retracted = await ProblemChange.RetractAsync(db, id, GrpcArguments.RequireVersion(request.ExpectedVersion), caller, Now(), context.CancellationToken);
        return new DeleteProblemReply { ProblemId = retracted.Id.ToString(), Version = retracted.Version };
    }

    public override async Task<ProblemReply> AcceptProblem(GrpcAcceptProblemRequest request, ServerCallContext context)
    {
        var accept = await ValidAsync(
            new Supervision.AcceptProblemRequest(
                GrpcArguments.Optional(request.ResponsibleOrganId),
                GrpcArguments.Optional(request.ResponsibleRegionCode),
                request.CoResponsibleOrgans.Select(o => new OrganRequest(GrpcArguments.Optional(o.OrganId), GrpcArguments.Optional(o.RegionCode))).ToArray(),
                GrpcArguments.Date(request.DueDate, nameof(request.DueDate))),
            context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Accept(accept, caller), context);
    }

    public override Task<ProblemReply> StartProblem(ProblemActionRequest request, ServerCallContext context) =>
        ApplyAsync(request.ProblemId, request.ExpectedVersion, (p, now) => p.Start(caller, now), context);

    public override async Task<ProblemReply> ReportProgress(ReportProgressRequest request, ServerCallContext context)
    {
        var progress = await ValidAsync(new ProgressRequest(GrpcArguments.Optional(request.Text), GrpcArguments.Optional(request.SupportNeeded)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.ReportProgress(progress, caller), context);
    }

    public override async Task<ProblemReply> ResolveProblem(ResolveProblemRequest request, ServerCallContext context)
    {
        var resolve = await ValidAsync(new ResolveRequest(GrpcArguments.Optional(request.Resolution)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Resolve(resolve, caller), context);
    }

    public override async Task<ProblemReply> ConfirmProblem(ConfirmProblemRequest request, ServerCallContext context)
    {
        var confirm = await ValidAsync(new ConfirmRequest(request.Satisfaction), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Confirm(confirm, caller), context);
    }

    public override async Task<ProblemReply> ReopenProblem(ProblemReasonRequest request, ServerCallContext context)
    {
        var reopen = await ValidAsync(new ReasonRequest(GrpcArguments.Optional(request.Reason)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Reopen(reopen, caller), context);
    }

    public override async Task<ProblemReply> RejectProblem(ProblemReasonRequest request, ServerCallContext context)
    {
        var reject = await ValidAsync(new ReasonRequest(GrpcArguments.Optional(request.Reason)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Reject(reject, caller), context);
    }

    public override async Task<ProblemReply> MarkDuplicate(MarkDuplicateRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId));
        var survivor = GrpcArguments.Id(request.DuplicateOf, nameof(request.DuplicateOf));
        return Reply(await ProblemChange.MarkDuplicateAsync(
            db, id, GrpcArguments.ExpectVersion(request.ExpectedVersion), survivor, caller, Now(), context.CancellationToken));
    }

    public override async Task<ProblemReply> TransferProblem(TransferProblemRequest request, ServerCallContext context)
    {
        var transfer = await ValidAsync(
            new TransferRequest(GrpcArguments.Optional(request.ToOrganId), GrpcArguments.Optional(request.ToRegionCode), GrpcArguments.Optional(request.Reason)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Transfer(transfer, caller), context);
    }

    public override async Task<ProblemReply> UrgeProblem(UrgeProblemRequest request, ServerCallContext context)
    {
        var urge = await ValidAsync(new UrgeRequest(GrpcArguments.Optional(request.Note)), context);
        return await ApplyAsync(request.ProblemId, request.ExpectedVersion, SupervisionCommands.Urge(urge, caller), context);
    }

    [ReadOnlyCall]
    public override async Task<ProblemHistoryReply> GetProblemHistory(GetProblemRequest request, ServerCallContext context)
    {
        var problem = await ProblemQueries.GetAsync(db, GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), context.CancellationToken);
        var reply = new ProblemHistoryReply();
        reply.Transitions.AddRange(problem.History.OrderBy(h => h.Id).Select(h => new ProblemTransitionEntry
        {
            Action = h.Action,
            From = h.From?.ToString() ?? "",
            To = h.To.ToString(),
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            At = GrpcArguments.Text(h.At),
            Note = h.Note ?? "",
        }));
        return reply;
    }

    [Authorize(Policy = CorridorPolicies.Reviewer)]
    [ReadOnlyCall]
    public override async Task<ListProblemsReply> ListEscalatedProblems(ListEscalatedProblemsRequest request, ServerCallContext context)
    {
        var reply = new ListProblemsReply();
        reply.Problems.AddRange((await ProblemQueries.EscalatedAsync(db, caller, Today(), context.CancellationToken)).Select(Summary));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<ProblemStatisticsReply> GetProblemStatistics(GetProblemStatisticsRequest request, ServerCallContext context)
    {
        var statistics = await ProblemStatistics.ComputeAsync(
            db, GrpcArguments.Date(request.From, nameof(request.From)), GrpcArguments.Date(request.To, nameof(request.To)), Today(), context.CancellationToken);
        var reply = new ProblemStatisticsReply
        {
            From = GrpcArguments.Text(statistics.From),
            To = GrpcArguments.Text(statistics.To),
            ResolvedCounted = statistics.ResolvedCounted,
            DueInWindow = statistics.DueInWindow,
            OverdueInWindow = statistics.OverdueInWindow,
            Rule = statistics.Rule,
        };
        if (statistics.MedianDaysToResolve is { } median)
        {
            reply.MedianDaysToResolve = median;
        }

        if (statistics.OverdueRate is { } rate)
        {
            reply.OverdueRate = rate;
        }

        reply.ResolvedPerRegion.AddRange(statistics.ResolvedPerRegion.Select(r => new GrpcResolvedInPeriod { RegionCode = r.RegionCode, Period = r.Period, Resolved = r.Resolved }));
        return reply;
    }

    public static RaiseProblemRequest ToRequest(GrpcRaiseProblemRequest request) => new(
        GrpcArguments.Optional(request.Title), GrpcArguments.Optional(request.Description), GrpcArguments.Optional(request.Category),
        GrpcArguments.Optional(request.Severity), GrpcArguments.Optional(request.EnterpriseCreditCode), GrpcArguments.Optional(request.ExternalReference));

    private async Task<T> ValidAsync<T>(T request, ServerCallContext context)
    {
        await services.GetRequiredService<IValidator<T>>().ValidateAndThrowAsync(request, context.CancellationToken);
        return request;
    }

    private async Task<ProblemReply> ApplyAsync(string problemId, long expectedVersion, Action<Problem, DateTime> change, ServerCallContext context)
    {
        var now = Now();
        var id = GrpcArguments.Id(problemId, "ProblemId");
        return Reply(await ProblemChange.ApplyAsync(db, id, GrpcArguments.ExpectVersion(expectedVersion), p => change(p, now), context.CancellationToken));
    }

    private static GrpcProblemSummary Summary(ProblemSummary p) => new()
    {
        ProblemId = p.Id.ToString(),
        Title = p.Title,
        Category = p.Category,
        Severity = p.Severity,
        Status = p.Status,
        RaisedByRegionCode = p.RaisedByRegionCode,
        HandlingRegionCode = p.HandlingRegionCode,
        ResponsibleOrganId = p.ResponsibleOrganId ?? "",
        DueDate = GrpcArguments.Text(p.DueDate),
        Overdue = p.Overdue,
        Version = p.Version,
    };

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
        DueDate = GrpcArguments.Text(p.DueDate),
        Overdue = p.IsOverdue(Today()),
        DuplicateOf = p.DuplicateOfId?.ToString() ?? "",
        Urgings = p.Urgings.Count,
        ProgressReports = p.ProgressReports.Count,
        Version = p.Version,
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today() => DateOnly.FromDateTime(Now());
}
