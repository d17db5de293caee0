using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Organs;
using Corridor.Lists.Problems.Queries;
using Corridor.Lists.Problems.Raising;
using Corridor.Lists.Problems.Supervision;
using Grpc.Core;
using GrpcAcceptProblemRequest = Corridor.Contracts.Lists.V1.AcceptProblemRequest;
using GrpcProblemSummary = Corridor.Contracts.Lists.V1.ProblemSummary;
using GrpcRaiseProblemRequest = Corridor.Contracts.Lists.V1.RaiseProblemRequest;
using GrpcResolvedInPeriod = Corridor.Contracts.Lists.V1.ResolvedInPeriod;

namespace Corridor.Lists.Problems;

/// <summary>
/// gRPC adapter over the same use cases as REST: each call becomes the use case's request ("absent" proto values as
/// null, so the same validator answers) and its answer becomes the reply; no rules of its own.
/// </summary>
internal sealed class ProblemsGrpcService(
    UseCaseRunner useCases)
    : Contracts.Lists.V1.Problems.ProblemsBase
{
    [ReadOnlyCall]
    public override async Task<ProblemReply> GetProblem(GetProblemRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new Queries.GetProblem(Id(request.ProblemId)), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ListProblemsReply> ListProblems(ListProblemsRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new Queries.ListProblems(
                GrpcArguments.Optional(request.Region), GrpcArguments.Optional(request.Organ), GrpcArguments.Optional(request.Category),
                GrpcArguments.Optional(request.Status), GrpcArguments.Optional(request.Severity), request.OverdueOnly ? true : null,
                GrpcArguments.Optional(request.Q), GrpcArguments.Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        var reply = new ListProblemsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Problems.AddRange(page.Items.Select(Summary));
        return reply;
    }

    public override Task<ProblemReply> RaiseProblem(GrpcRaiseProblemRequest request, ServerCallContext context) =>
        RunAsync(Raising.RaiseProblem.From(ToRequest(request)), context);

    public override async Task<UpsertProblemReply> UpsertProblem(UpsertProblemRequest request, ServerCallContext context)
    {
        var upserted = await useCases.RunAsync(
            new Raising.UpsertProblem(
                request.ExternalReference, GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Title),
                GrpcArguments.Optional(request.Description), GrpcArguments.Optional(request.Category), GrpcArguments.Optional(request.Severity),
                GrpcArguments.Optional(request.EnterpriseCreditCode), null),
            context.CancellationToken);
        return new UpsertProblemReply { Outcome = upserted.Outcome, Problem = Reply(upserted.Problem) };
    }

    public override async Task<DeleteProblemReply> DeleteProblem(DeleteProblemRequest request, ServerCallContext context)
    {
        var retracted = await useCases.RunAsync(new RetractProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion)), context.CancellationToken);
        return new DeleteProblemReply { ProblemId = retracted.Id.ToString(), Version = retracted.Version };
    }

    public override Task<ProblemReply> AcceptProblem(GrpcAcceptProblemRequest request, ServerCallContext context) => RunAsync(
        new Supervision.AcceptProblem(
            Id(request.ProblemId),
            GrpcArguments.Expected(request.ExpectedVersion),
            GrpcArguments.Optional(request.ResponsibleOrganId),
            GrpcArguments.Optional(request.ResponsibleRegionCode),
            request.CoResponsibleOrgans.Select(o => new OrganRequest(GrpcArguments.Optional(o.OrganId), GrpcArguments.Optional(o.RegionCode))).ToArray(),
            GrpcArguments.Date(request.DueDate, nameof(request.DueDate))),
        context);

    public override Task<ProblemReply> StartProblem(ProblemActionRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.StartProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion)), context);

    public override Task<ProblemReply> ReportProgress(ReportProgressRequest request, ServerCallContext context) => RunAsync(
        new ReportProblemProgress(
            Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Text), GrpcArguments.Optional(request.SupportNeeded)),
        context);

    public override Task<ProblemReply> ResolveProblem(ResolveProblemRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.ResolveProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Resolution)), context);

    public override Task<ProblemReply> ConfirmProblem(ConfirmProblemRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.ConfirmProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), request.Satisfaction), context);

    public override Task<ProblemReply> ReopenProblem(ProblemReasonRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.ReopenProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)), context);

    public override Task<ProblemReply> RejectProblem(ProblemReasonRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.RejectProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)), context);

    public override Task<ProblemReply> MarkDuplicate(MarkDuplicateRequest request, ServerCallContext context) => RunAsync(
        new MarkProblemDuplicate(
            Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Id(request.DuplicateOf, nameof(request.DuplicateOf))),
        context);

    public override Task<ProblemReply> TransferProblem(TransferProblemRequest request, ServerCallContext context) => RunAsync(
        new Supervision.TransferProblem(
            Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.ToOrganId),
            GrpcArguments.Optional(request.ToRegionCode), GrpcArguments.Optional(request.Reason)),
        context);

    public override Task<ProblemReply> UrgeProblem(UrgeProblemRequest request, ServerCallContext context) =>
        RunAsync(new Supervision.UrgeProblem(Id(request.ProblemId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Note)), context);

    [ReadOnlyCall]
    public override async Task<ProblemHistoryReply> GetProblemHistory(GetProblemRequest request, ServerCallContext context)
    {
        var history = await useCases.RunAsync(new GetProblemHistory(Id(request.ProblemId)), context.CancellationToken);
        var reply = new ProblemHistoryReply();
        reply.Transitions.AddRange(history.Select(h => new ProblemTransitionEntry
        {
            Action = h.Action,
            From = h.From ?? "",
            To = h.To,
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            At = GrpcArguments.Text(h.At),
            Note = h.Note ?? "",
        }.WithOrganName(h.ByOrganName, (entry, name) => entry.ByOrganName = name)));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<ListProblemsReply> ListEscalatedProblems(ListEscalatedProblemsRequest request, ServerCallContext context)
    {
        var reply = new ListProblemsReply();
        reply.Problems.AddRange((await useCases.RunAsync(new Queries.ListEscalatedProblems(), context.CancellationToken)).Select(Summary));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<ProblemStatisticsReply> GetProblemStatistics(GetProblemStatisticsRequest request, ServerCallContext context)
    {
        var statistics = await useCases.RunAsync(
            new Queries.GetProblemStatistics(GrpcArguments.Date(request.From, nameof(request.From)), GrpcArguments.Date(request.To, nameof(request.To))),
            context.CancellationToken);
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

    private static Guid Id(string problemId) => GrpcArguments.Id(problemId, "ProblemId");

    private async Task<ProblemReply> RunAsync(IUseCase<ProblemResponse> transition, ServerCallContext context) =>
        Reply(await useCases.RunAsync(transition, context.CancellationToken));

    private static GrpcProblemSummary Summary(ProblemSummary p) => new()
    {
        ProblemId = p.Id.ToString(),
        Title = p.Title,
        Category = p.Category,
        Severity = p.Severity,
        Status = p.Status,
        RaisedByRegionCode = p.RaisedByRegionCode,
        RaisedByOrganName = p.RaisedByOrganName ?? "",
        HandlingRegionCode = p.HandlingRegionCode,
        ResponsibleOrganId = p.ResponsibleOrganId ?? "",
        ResponsibleOrganName = p.ResponsibleOrganName ?? "",
        DueDate = GrpcArguments.Text(p.DueDate),
        Overdue = p.Overdue,
        Version = p.Version,
    };

    private static ProblemReply Reply(ProblemResponse p) => new()
    {
        ProblemId = p.Id.ToString(),
        Title = p.Title,
        Description = p.Description,
        Category = p.Category,
        Severity = p.Severity,
        Status = p.Status,
        RaisedByOrganId = p.RaisedByOrganId,
        RaisedByOrganName = p.RaisedByOrganName ?? "",
        RaisedByRegionCode = p.RaisedByRegionCode,
        HandlingRegionCode = p.HandlingRegionCode,
        ResponsibleOrganId = p.ResponsibleOrganId ?? "",
        ResponsibleOrganName = p.ResponsibleOrganName ?? "",
        DueDate = GrpcArguments.Text(p.DueDate),
        Overdue = p.Overdue,
        DuplicateOf = p.DuplicateOf?.ToString() ?? "",
        Urgings = p.Urgings.Count,
        ProgressReports = p.ProgressReports.Count,
        Version = p.Version,
    };
}
