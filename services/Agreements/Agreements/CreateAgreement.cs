using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Agreements.Agreements;

internal static class CreateAgreement
{
    /// <summary>The draft, answered 201 with its ETag; with an Idempotency-Key a retried create answers the first draft again.</summary>
    public static Task<IResult> HandleAsync(
        AgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status201Created, _ =>
        {
            var agreement = Agreement.Draft(caller, request.ToContent(), now);
            db.Agreements.Add(agreement);
            return Task.FromResult<(object, long, string?)>((AgreementResponse.From(agreement), agreement.Version, $"/api/v1/agreements/{agreement.Id}"));
        });
    }
}
