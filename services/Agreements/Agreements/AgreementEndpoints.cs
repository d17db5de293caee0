using Corridor.Agreements.Agreements.Drafting;
using Corridor.Agreements.Agreements.InForce;
using Corridor.Agreements.Agreements.Queries;
using Corridor.Agreements.Agreements.Signing;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// REST under /api/v1/agreements: each route translates to its use case and back. Every member reads every
/// agreement; the changes check who may make them in the domain. Each change honours If-Match (a revision of the
/// content requires it) and answers the agreement with its new ETag.
/// </summary>
internal static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup("/api/v1/agreements").WithTags("Agreements");
        agreements.MapPost("/", DraftAsync).ProducesValidationProblem().Produces<AgreementResponse>(StatusCodes.Status201Created);
        agreements.MapGet("/", async (
            string? status, string? kind, string? region, string? organ, string? cursor, int? limit, UseCaseRunner useCases, IOrganDirectory directory, CancellationToken ct) =>
        {
            var page = await useCases.RunAsync(new ListAgreements(status, kind, region, organ, cursor, limit), ct);
            return new AgreementPage(await directory.NamedAsync(page.Items.Select(AgreementResponse.From).ToArray(), ct), page.NextCursor);
        }).ProducesValidationProblem();
        agreements.MapGet("/expiring", ExpiringAsync).Produces<ExpiringAgreementsResponse>();
        agreements.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, IOrganDirectory directory, HttpContext http) =>
            http.Versioned(await directory.NamedAsync((await useCases.RunAsync(new GetAgreement(id), http.RequestAborted)).Response, http.RequestAborted)));
        agreements.MapGet("/{id:guid}/history", async (Guid id, UseCaseRunner useCases, IOrganDirectory directory, CancellationToken ct) =>
        {
            var lines = await useCases.RunAsync(new GetAgreementHistory(id), ct);
            var names = await directory.NamesAsync(lines.Select(h => h.ByOrganId), ct);
            return lines.Select(h => AgreementTransitionResponse.Of(h, names)).ToArray();
        });
        agreements.MapPut("/by-ref/{externalReference}", UpsertAsync).ProducesValidationProblem();
        agreements.MapPut("/{id:guid}", (Guid id, AgreementRequest r, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(ReviseAgreement.From(id, IfMatch.Precondition(http.Request), r), http.RequestAborted))).ProducesValidationProblem();
        agreements.MapPost("/{id:guid}/propose", (Guid id, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(new ProposeAgreement(id, IfMatch.Precondition(http.Request)), http.RequestAborted)));
        agreements.MapPost("/{id:guid}/signatures", (Guid id, SignAgreementRequest? r, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(new SignAgreement(id, IfMatch.Precondition(http.Request), r?.Signatory, r?.OrganId), http.RequestAborted)))
            .ProducesValidationProblem();
        agreements.MapPost("/{id:guid}/suspend", (Guid id, ReasonRequest? r, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(new SuspendAgreement(id, IfMatch.Precondition(http.Request), r?.Reason), http.RequestAborted))).ProducesValidationProblem();
        agreements.MapPost("/{id:guid}/resume", (Guid id, ResumeRequest? r, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(new ResumeAgreement(id, IfMatch.Precondition(http.Request), r?.Note), http.RequestAborted))).ProducesValidationProblem();
        agreements.MapPost("/{id:guid}/terminate", (Guid id, TerminateRequest? r, UseCaseRunner useCases, HttpContext http) =>
            Answer(http, useCases.RunAsync(new TerminateAgreement(id, IfMatch.Precondition(http.Request), r?.Reason, r?.Document), http.RequestAborted)))
            .ProducesValidationProblem();
        agreements.MapAmendments();
        return routes;
    }

    /// <summary>The agreement with its new version as the ETag: the answer of every change.</summary>
    public static async Task<AgreementResponse> Answer(HttpContext http, Task<Agreement> change) => http.Versioned(await NamedAsync(http, await change));

    /// <summary>The agreement's view with the organs' current names.</summary>
    public static Task<AgreementResponse> NamedAsync(HttpContext http, Agreement agreement) =>
        http.RequestServices.GetRequiredService<IOrganDirectory>().NamedAsync(AgreementResponse.From(agreement), http.RequestAborted);

    /// <summary>The draft, answered 201 with its ETag; with an Idempotency-Key a retried create answers the first draft again.</summary>
    private static Task<IResult> DraftAsync(AgreementRequest request, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http,
            caller,
            request,
            StatusCodes.Status201Created,
            async () => await NamedAsync(http, await useCases.RunAsync(DraftAgreement.From(request), http.RequestAborted)),
            a => (a, a.Version, $"/api/v1/agreements/{a.Id}"));

    /// <summary>201 when drafted now, 200 when revised (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<AgreementUpsertResponse>, Ok<AgreementUpsertResponse>>> UpsertAsync(
        string externalReference, AgreementRequest request, UseCaseRunner useCases, HttpContext http)
    {
        var (agreement, outcome) = await useCases.RunAsync(UpsertAgreement.From(externalReference, IfMatch.Precondition(http.Request), request), http.RequestAborted);
        ETags.Set(http.Response, agreement.Version);
        var body = new AgreementUpsertResponse(outcome.ToString(), await NamedAsync(http, agreement));
        return outcome == UpsertOutcome.Created ? TypedResults.Created($"/api/v1/agreements/{agreement.Id}", body) : TypedResults.Ok(body);
    }

    private static async Task<ExpiringAgreementsResponse> ExpiringAsync(int? withinDays, UseCaseRunner useCases, IOrganDirectory directory, CancellationToken cancellationToken)
    {
        var expiring = await useCases.RunAsync(new ListExpiringAgreements(withinDays), cancellationToken);
        var names = await directory.NamesAsync(expiring.Agreements.SelectMany(a => a.PartyOrganIds), cancellationToken);
        return new ExpiringAgreementsResponse(
            expiring.WithinDays,
            expiring.Agreements.Select(a => new ExpiringAgreementResponse(
                a.Id, a.Kind.ToString(), a.Title, a.Status.ToString(), a.TermEnd!.Value, a.TermEnd.Value.DayNumber - expiring.Today.DayNumber, a.PartyOrganIds,
                a.PartyOrganIds.Select(names.Of).ToArray())).ToArray());
    }
}

public sealed record ExpiringAgreementResponse(
    Guid Id, string Kind, string Title, string Status, DateOnly TermEnd, int DaysLeft, IReadOnlyList<string> PartyOrganIds, IReadOnlyList<string?> PartyOrganNames);
