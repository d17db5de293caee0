using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;

namespace Corridor.Identity.People.Api;

/// <summary>
/// The people API under /api/v1/people, for bearer tokens Identity issued to people (never sync clients): managers
/// create, list, read, re-role, lock, unlock and reset people (<see cref="PeopleAuthority"/>); anyone changes their own password.
/// Replacing a person's roles needs If-Match with the version (ETag) read; the commands (lock, unlock, reset) check it when given.
/// </summary>
internal static class PeopleEndpoints
{
    public const string Path = "/api/v1/people";

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup(Path).RequireAuthorization(PeopleApiAuthentication.Policy).WithTags("People");
        people.MapPost("/", CreateAsync).ProducesValidationProblem().Produces<PersonCreated>(StatusCodes.Status201Created);
        people.MapGet("/", (string? region, string? role, string? cursor, int? limit, UseCaseRunner useCases, HttpContext http) =>
            useCases.RunAsync(new ListPeople(region, role, cursor, limit), http.RequestAborted));
        people.MapGet("/{id:guid}", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new GetPerson(id), http.RequestAborted)));
        people.MapPut("/{id:guid}/roles", async (Guid id, ChangeRolesRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new ChangeRoles(id, IfMatch.Precondition(http.Request), r?.Roles), http.RequestAborted)))
            .ProducesValidationProblem();
        people.MapPost("/{id:guid}/lock", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new LockPerson(id, IfMatch.Precondition(http.Request)), http.RequestAborted)));
        people.MapPost("/{id:guid}/unlock", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new UnlockPerson(id, IfMatch.Precondition(http.Request)), http.RequestAborted)));
        people.MapPost("/{id:guid}/password-reset", async (Guid id, UseCaseRunner useCases, HttpContext http) =>
        {
            // The temporary password must not linger in a cache on the way.
            http.Response.Headers.CacheControl = "no-store";
            return http.Versioned(await useCases.RunAsync(new ResetPassword(id, IfMatch.Precondition(http.Request)), http.RequestAborted));
        });
        people.MapPost("/me/password", async (ChangeOwnPasswordRequest? r, UseCaseRunner useCases, HttpContext http) =>
            http.Versioned(await useCases.RunAsync(new ChangeOwnPassword(r?.CurrentPassword, r?.NewPassword), http.RequestAborted)))
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> CreateAsync(CreatePersonRequest? r, UseCaseRunner useCases, HttpContext http)
    {
        var created = await useCases.RunAsync(
            new CreatePerson(r?.UserName, r?.DisplayName, r?.OrganId, r?.RegionCode, r?.Roles, r?.Email, r?.InitialPassword), http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        ETags.Set(http.Response, created.Version);
        return Results.Created($"{Path}/{created.Person.Id}", created);
    }
}
