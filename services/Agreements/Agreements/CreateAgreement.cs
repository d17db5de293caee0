using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Agreements.Agreements;

internal static class CreateAgreement
{
    public static async Task<Created<AgreementResponse>> HandleAsync(
        AgreementRequest request, CallerIdentity caller, AgreementsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var agreement = Agreement.Draft(caller, request.ToContent(), clock.GetUtcNow().UtcDateTime);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, agreement.Version);
        return TypedResults.Created($"/api/v1/agreements/{agreement.Id}", AgreementResponse.From(agreement));
    }
}
