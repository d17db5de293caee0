using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// REST under /api/v1/agreements. Every member reads every agreement; the changes check who may make them in
/// the domain. Each change honours If-Match (a revision of the content requires it) and answers the agreement
/// with its new ETag.
/// </summary>
internal static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup("/api/v1/agreements").WithTags("Agreements");
        agreements.MapPost("/", CreateAgreement.HandleAsync).Validate<AgreementRequest>().Produces<AgreementResponse>(StatusCodes.Status201Created);
        agreements.MapGet("/", async (string? status, string? kind, string? region, string? organ, AgreementsDbContext db, CancellationToken ct) =>
            (await AgreementQueries.ListAsync(db, status, kind, region, organ, ct)).Select(AgreementResponse.From).ToArray());
        agreements.MapGet("/expiring", ExpiringAsync).Produces<ExpiringAgreementsResponse>();
        agreements.MapGet("/{id:guid}", GetAsync);
        agreements.MapGet("/{id:guid}/history", HistoryAsync);
        agreements.MapPut("/by-ref/{externalReference}", UpsertAsync).Validate<AgreementRequest>();
        agreements.MapPut("/{id:guid}", ReviseAsync).Validate<AgreementRequest>();
        agreements.MapPost("/{id:guid}/propose", (Guid id, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, http, id, async a => a.Propose(caller, await AgreementQueries.PairingsInForceAsync(db, a.Id, a.PartyOrganIds, ct), Now(clock)), ct));
        agreements.MapPost("/{id:guid}/signatures", (Guid id, SignAgreementRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, http, id, async a => a.Sign(
                caller, r.OrganId ?? caller.Organ, r.Signatory!, await AgreementQueries.PairingsInForceAsync(db, a.Id, a.PartyOrganIds, ct), Now(clock)), ct))
            .Validate<SignAgreementRequest>();
        agreements.MapPost("/{id:guid}/suspend", (Guid id, ReasonRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, http, id, a => a.Suspend(caller, r.Reason!, Now(clock)), ct)).Validate<ReasonRequest>();
        agreements.MapPost("/{id:guid}/resume", (Guid id, ResumeRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, http, id, a => a.Resume(caller, r.Note, Now(clock)), ct)).Validate<ResumeRequest>();
        agreements.MapPost("/{id:guid}/terminate", (Guid id, TerminateRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            Apply(db, http, id, a => a.Terminate(caller, r.Reason!, r.Document!.ToReference(), Now(clock)), ct)).Validate<TerminateRequest>();
        agreements.MapAmendments();
        return routes;
    }

    private static async Task<AgreementResponse> GetAsync(Guid id, AgreementsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, id, cancellationToken);
        ETags.Set(response, agreement.Version);
        return AgreementResponse.From(agreement);
    }

    /// <summary>Revises the draft; an update, so If-Match is required (428 without it, 412 when stale).</summary>
    private static async Task<AgreementResponse> ReviseAsync(
        Guid id, AgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var agreement = await AgreementChange.ApplyAsync(
            db, id, v => ETags.RequireIfMatch(http.Request, v), a => a.Revise(caller, request.ToContent(), Now(clock)), cancellationToken);
        ETags.Set(http.Response, agreement.Version);
        return AgreementResponse.From(agreement);
    }

    /// <summary>201 when drafted now, 200 when revised (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<AgreementUpsertResponse>, Ok<AgreementUpsertResponse>>> UpsertAsync(
        string externalReference, AgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (agreement, outcome) = await AgreementUpsert.ApplyAsync(
            db,
            externalReference,
            request.ToContent(),
            caller,
            v => ETags.CheckIfMatch(http.Request, v),
            v => ETags.RequireIfMatch(http.Request, v),
            Now(clock),
            cancellationToken);
        ETags.Set(http.Response, agreement.Version);
        var body = new AgreementUpsertResponse(outcome.ToString(), AgreementResponse.From(agreement));
        return outcome == UpsertOutcome.Created ? TypedResults.Created($"/api/v1/agreements/{agreement.Id}", body) : TypedResults.Ok(body);
    }

    private static async Task<IReadOnlyList<AgreementTransitionResponse>> HistoryAsync(Guid id, AgreementsDbContext db, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, id, cancellationToken);
        return agreement.History.OrderBy(h => h.Id)
            .Select(h => new AgreementTransitionResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note))
            .ToArray();
    }

    private static async Task<object> ExpiringAsync(int? withinDays, AgreementsDbContext db, LifecycleOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var window = Math.Clamp(withinDays ?? options.RenewalWindowDays, 0, 3650);
        var today = DateOnly.FromDateTime(Now(clock));
        var expiring = await AgreementQueries.ExpiringAsync(db, today, window, cancellationToken);
        return new
        {
            withinDays = window,
            items = expiring.Select(a => new ExpiringAgreementResponse(
                a.Id, a.Kind.ToString(), a.Title, a.Status.ToString(), a.TermEnd!.Value, a.TermEnd.Value.DayNumber - today.DayNumber, a.PartyOrganIds)).ToArray(),
        };
    }

    private static Task<AgreementResponse> Apply(AgreementsDbContext db, HttpContext http, Guid id, Action<Agreement> change, CancellationToken cancellationToken) =>
        Apply(db, http, id, a =>
        {
            change(a);
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<AgreementResponse> Apply(AgreementsDbContext db, HttpContext http, Guid id, Func<Agreement, Task> change, CancellationToken cancellationToken)
    {
        var agreement = await AgreementChange.ApplyAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), change, cancellationToken);
        ETags.Set(http.Response, agreement.Version);
        return AgreementResponse.From(agreement);
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}

public sealed record ExpiringAgreementResponse(Guid Id, string Kind, string Title, string Status, DateOnly TermEnd, int DaysLeft, IReadOnlyList<string> PartyOrganIds);
