using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Agreements.Agreements;

/// <summary>Numbered amendments under /api/v1/agreements/{id}/amendments; every change answers the agreement with its new ETag.</summary>
internal static class AmendmentEndpoints
{
    public static RouteGroupBuilder MapAmendments(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id:guid}/amendments", async (Guid id, AgreementsDbContext db, CancellationToken ct) =>
            (await AgreementQueries.GetAsync(db, id, ct)).Amendments.Select(AmendmentResponse.From).ToArray());
        agreements.MapPost("/{id:guid}/amendments", ProposeAsync).Validate<ProposeAmendmentRequest>().Produces<AgreementResponse>();
        agreements.MapPost("/{id:guid}/amendments/{number:int}/signatures", (Guid id, int number, SignAmendmentRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            ApplyAsync(db, http, id, async a =>
            {
                var organs = a.PartyOrganIds.Union(a.Amendments.FirstOrDefault(m => m.Number == number)?.RequiredOrganIds ?? []).ToArray();
                a.SignAmendment(caller, number, r.OrganId ?? caller.Organ, r.Signatory!, await AgreementQueries.PairingsInForceAsync(db, a.Id, organs, ct), Now(clock));
            }, ct)).Validate<SignAmendmentRequest>();
        agreements.MapPost("/{id:guid}/amendments/{number:int}/decline", (Guid id, int number, ReasonRequest r, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            ApplyAsync(db, http, id, a =>
            {
                a.DeclineAmendment(caller, number, r.Reason!, Now(clock));
                return Task.CompletedTask;
            }, ct)).Validate<ReasonRequest>();
        return agreements;
    }

    /// <summary>Amendment N+1, answered with the agreement (200); with an Idempotency-Key a retried proposal answers the first one again.</summary>
    private static Task<IResult> ProposeAsync(
        Guid id, ProposeAmendmentRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = Now(clock);
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status200OK, async ct =>
        {
            var agreement = await AgreementChange.ChangeAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), async a =>
            {
                var changes = request.ToChanges();
                var organs = a.PartyOrganIds.Union(changes.Parties?.Select(p => p.OrganId) ?? []).ToArray();
                a.ProposeAmendment(caller, request.Reason!, changes, await AgreementQueries.PairingsInForceAsync(db, a.Id, organs, ct), now);
            }, ct);
            return (AgreementResponse.From(agreement), agreement.Version, null);
        });
    }

    private static async Task<AgreementResponse> ApplyAsync(AgreementsDbContext db, HttpContext http, Guid id, Func<Agreement, Task> change, CancellationToken cancellationToken)
    {
        var agreement = await AgreementChange.ApplyAsync(db, id, v => ETags.CheckIfMatch(http.Request, v), change, cancellationToken);
        ETags.Set(http.Response, agreement.Version);
        return AgreementResponse.From(agreement);
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
