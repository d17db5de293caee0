using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.DirectoryService.Organs;

/// <summary>Active → Retired from <see cref="RetiredOn"/> (today by default).</summary>
public sealed record RetireOrgan(string OrganId, VersionPrecondition Precondition, DateOnly? RetiredOn, string? Reason) : IUseCase<OrganResponse>;

internal sealed class RetireOrganAuthorization(CallerIdentity caller) : ReviewerRule<RetireOrgan>(caller);

internal sealed class RetireOrganValidator : AbstractValidator<RetireOrgan>
{
    public RetireOrganValidator() => RuleFor(r => r.Reason).MaximumLength(Organ.MaxText);
}

internal sealed class RetireOrganHandler(OrganWriter organs, CallerIdentity caller) : IUseCaseHandler<RetireOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(RetireOrgan request, CancellationToken cancellationToken) =>
        OrganResponse.From(await organs.ApplyAsync(
            request.OrganId, request.Precondition, o => o.Retire(caller, request.RetiredOn, request.Reason, organs.Now), cancellationToken));
}
