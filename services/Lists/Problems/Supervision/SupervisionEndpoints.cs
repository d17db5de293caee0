using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The transitions over REST: each one honours If-Match and answers the problem with its new ETag.</summary>
internal static class SupervisionEndpoints
{
    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder problems)
    {
        problems.MapPost("/{id:guid}/accept", (Guid id, AcceptProblemRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Accept(r, caller), ct)).Validate<AcceptProblemRequest>();
        problems.MapPost("/{id:guid}/start", (Guid id, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, (p, now) => p.Start(caller, now), ct));
        problems.MapPost("/{id:guid}/progress", (Guid id, ProgressRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.ReportProgress(r, caller), ct)).Validate<ProgressRequest>();
        problems.MapPost("/{id:guid}/resolve", (Guid id, ResolveRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Resolve(r, caller), ct)).Validate<ResolveRequest>();
        problems.MapPost("/{id:guid}/confirm", (Guid id, ConfirmRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Confirm(r, caller), ct)).Validate<ConfirmRequest>();
        problems.MapPost("/{id:guid}/reopen", (Guid id, ReasonRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Reopen(r, caller), ct)).Validate<ReasonRequest>();
        problems.MapPost("/{id:guid}/reject", (Guid id, ReasonRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Reject(r, caller), ct)).Validate<ReasonRequest>();
        problems.MapPost("/{id:guid}/duplicate", MarkDuplicateAsync).Validate<DuplicateRequest>();
        problems.MapPost("/{id:guid}/transfer", (Guid id, TransferRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Transfer(r, caller), ct)).Validate<TransferRequest>();
        problems.MapPost("/{id:guid}/urge", (Guid id, UrgeRequest r, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, clock, http, id, SupervisionCommands.Urge(r, caller), ct)).Validate<UrgeRequest>();
        return problems;
    }

    private static async Task<ProblemResponse> MarkDuplicateAsync(
        Guid id, DuplicateRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = await ProblemChange.MarkDuplicateAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), request.DuplicateOf!.Value, caller, now, cancellationToken);
        return Answer(problem, http, now);
    }

    private static async Task<ProblemResponse> Apply(
        ListsDbContext db, TimeProvider clock, HttpContext http, Guid id, Action<Problem, DateTime> change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = await ProblemChange.ApplyAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), p => change(p, now), cancellationToken);
        return Answer(problem, http, now);
    }

    private static ProblemResponse Answer(Problem problem, HttpContext http, DateTime now)
    {
        ETags.Set(http.Response, problem.Version);
        return ProblemResponse.From(problem, DateOnly.FromDateTime(now));
    }
}
