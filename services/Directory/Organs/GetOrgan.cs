using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;

namespace Corridor.DirectoryService.Organs;

/// <summary>An organ as every caller with a valid token sees it.</summary>
public sealed record GetOrgan(string OrganId) : IUseCase<OrganResponse>;

internal sealed class GetOrganHandler(DirectoryDbContext db) : IUseCaseHandler<GetOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(GetOrgan request, CancellationToken cancellationToken) =>
        OrganResponse.From(await OrganReads.GetAsync(db, request.OrganId, cancellationToken));
}
