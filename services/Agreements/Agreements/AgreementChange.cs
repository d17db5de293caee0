using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements;

/// <summary>Load, check If-Match, apply one domain operation, save (with its events), answer with the new ETag.</summary>
internal static class AgreementChange
{
    public static async Task<AgreementResponse> ApplyAsync(
        AgreementsDbContext db, Guid id, HttpContext http, Action<Agreement> change, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Agreement", id.ToString());
        ETags.CheckIfMatch(http.Request, agreement.Version);
        change(agreement);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, agreement.Version);
        return AgreementResponse.From(agreement);
    }
}
