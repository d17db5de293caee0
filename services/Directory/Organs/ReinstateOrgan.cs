using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.DirectoryService.Organs;

/// <summary>Retired → Active.</summary>
public sealed record ReinstateOrgan(string OrganId, VersionPrecondition Precondition) : IUseCase<OrganResponse>;

internal sealed class ReinstateOrganAuthorization(CallerIdentity caller) : ReviewerRule<ReinstateOrgan>(caller);

internal sealed class ReinstateOrganHandler(OrganWriter organs, CallerIdentity caller) : IUseCaseHandler<ReinstateOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(ReinstateOrgan request, CancellationToken cancellationToken) =>
        OrganResponse.From(await organs.ApplyAsync(request.OrganId, request.Precondition, o => o.Reinstate(caller, organs.Now), cancellationToken));
}
