using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements;

internal static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup("/api/v1/agreements").WithTags("Agreements");
        agreements.MapPost("/", CreateAgreement.HandleAsync).Validate<CreateAgreementRequest>();
        agreements.MapGet("/{id:guid}", GetAsync);
        agreements.MapGet("/", ListAsync);
        agreements.MapPost("/{id:guid}/propose", ProposeAgreement.HandleAsync);
        agreements.MapPost("/{id:guid}/signatures", SignAgreement.HandleAsync).Validate<SignAgreementRequest>();
        return routes;
    }

    private static async Task<AgreementResponse> GetAsync(Guid id, AgreementsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Agreement", id.ToString());
        ETags.Set(response, agreement.Version);
        return AgreementResponse.From(agreement);
    }

    private static async Task<IReadOnlyList<AgreementResponse>> ListAsync(AgreementsDbContext db, string? status, CancellationToken cancellationToken)
    {
        var query = db.Agreements.AsNoTracking();
        if (Enum.TryParse<AgreementStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(a => a.Status == wanted);
        }

        var page = await query.OrderBy(a => a.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return page.Select(AgreementResponse.From).ToArray();
    }
}
