using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.DirectoryService.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.DirectoryService.Organs;

/// <summary>The organs over REST: each route translates to its use case and back; the ETag is the organ's version.</summary>
internal static class OrganEndpoints
{
    public static IEndpointRouteBuilder MapOrganEndpoints(this IEndpointRouteBuilder routes)
    {
        var organs = routes.MapGroup("/api/v1/organs").WithTags("Organs");
        organs.MapPost("/", RegisterAsync).ProducesValidationProblem().Produces<OrganResponse>(StatusCodes.Status201Created);
        organs.MapGet("/", (string? region, string? level, string? kind, string? status, string? q, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListOrgans(region, level, kind, status, q, cursor, limit), ct)).ProducesValidationProblem();
        organs.MapGet("/lookup", (string? ids, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new GetOrgans((ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct))
            .WithSummary("Up to 500 organs by id (comma-separated); ids the directory does not know are listed apart.").ProducesValidationProblem();
        organs.MapPut("/by-ref/{region}/{externalReference}", UpsertAsync).ProducesValidationProblem();
        organs.MapGet("/{id}", async (string id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetOrgan(id), http.RequestAborted)));
        organs.MapPut("/{id}", async (string id, UpdateOrganRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new UpdateOrgan(id, IfMatch.Precondition(http.Request), r?.Level, r?.Kind, r?.ParentOrganId), http.RequestAborted)))
            .ProducesValidationProblem();
        organs.MapPost("/{id}/rename", async (string id, RenameOrganRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new RenameOrgan(id, IfMatch.Precondition(http.Request), r?.FullName, r?.ShortName, r?.EffectiveOn), http.RequestAborted)))
            .ProducesValidationProblem();
        organs.MapPost("/{id}/retire", async (string id, RetireOrganRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new RetireOrgan(id, IfMatch.Precondition(http.Request), r?.RetiredOn, r?.Reason), http.RequestAborted)))
            .ProducesValidationProblem();
        organs.MapPost("/{id}/reinstate", async (string id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new ReinstateOrgan(id, IfMatch.Precondition(http.Request)), http.RequestAborted)));
        organs.MapGet("/{id}/history", (string id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetOrganHistory(id), ct));
        organs.MapGet("/{id}/contacts", (string id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListContacts(id), ct));
        organs.MapPost("/{id}/contacts", AddContactAsync).ProducesValidationProblem().Produces<ContactResponse>(StatusCodes.Status201Created);
        organs.MapDelete("/{id}/contacts/{contactId:guid}", (string id, Guid contactId, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new RemoveContact(id, contactId), ct));
        return routes;
    }

    /// <summary>201 with the organ; with an Idempotency-Key a retried registration answers the first one again instead of failing as a duplicate.</summary>
    private static Task<IResult> RegisterAsync(RegisterOrganRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status201Created,
            () => useCases.RunAsync(
                new RegisterOrgan(r?.OrganId, r?.RegionCode, r?.FullName, r?.ShortName, r?.Level, r?.Kind, r?.ParentOrganId, r?.ExternalReference), http.RequestAborted),
            organ => (organ, organ.Version, $"/api/v1/organs/{organ.OrganId}"));

    /// <summary>201 when registered now, 200 when edited (If-Match required) or unchanged.</summary>
    private static async Task<Results<Created<OrganUpsertResponse>, Ok<OrganUpsertResponse>>> UpsertAsync(
        string region, string externalReference, RegisterOrganRequest? r, UseCaseRunner useCases, HttpContext http)
    {
        var upserted = http.Versioned(await useCases.RunAsync(
            new UpsertOrgan(externalReference, IfMatch.Precondition(http.Request), r?.OrganId, region, r?.FullName, r?.ShortName, r?.Level, r?.Kind, r?.ParentOrganId),
            http.RequestAborted));
        return upserted.Outcome == OrganUpsertResponse.Created
            ? TypedResults.Created($"/api/v1/organs/{upserted.Organ.OrganId}", upserted)
            : TypedResults.Ok(upserted);
    }

    /// <summary>201 with the contact; with an Idempotency-Key a retried request answers the first one again instead of adding the person twice.</summary>
    private static Task<IResult> AddContactAsync(string id, AddContactRequest? r, CallerIdentity caller, UseCaseRunner useCases, IdempotentWrites writes, HttpContext http) =>
        writes.RunAsync(
            http, caller, r, StatusCodes.Status201Created,
            () => useCases.RunAsync(new AddContact(id, r?.Role, r?.Name, r?.Phone), http.RequestAborted),
            contact => (contact, 0L, $"/api/v1/organs/{id}/contacts/{contact.ContactId}"));
}
