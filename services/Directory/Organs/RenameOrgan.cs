using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.DirectoryService.Organs;

/// <summary>A new full and short name from <see cref="EffectiveOn"/> (today by default); the old names stay in the history.</summary>
public sealed record RenameOrgan(string OrganId, VersionPrecondition Precondition, string? FullName, string? ShortName, DateOnly? EffectiveOn) : IUseCase<OrganResponse>;

internal sealed class RenameOrganAuthorization(CallerIdentity caller) : ReviewerRule<RenameOrgan>(caller);

internal sealed class RenameOrganValidator : AbstractValidator<RenameOrgan>
{
    public RenameOrganValidator()
    {
        RuleFor(r => r.FullName).Must(n => n is not null && n.Trim().Length is > 0 and <= Organ.MaxFullName)
            .WithMessage($"The full name is 1 to {Organ.MaxFullName} characters.");
        RuleFor(r => r.ShortName).Must(n => n is not null && n.Trim().Length is > 0 and <= Organ.MaxShortName)
            .WithMessage($"The short name is 1 to {Organ.MaxShortName} characters.");
    }
}

internal sealed class RenameOrganHandler(OrganWriter organs, CallerIdentity caller) : IUseCaseHandler<RenameOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(RenameOrgan request, CancellationToken cancellationToken) =>
        OrganResponse.From(await organs.ApplyAsync(
            request.OrganId, request.Precondition, o => o.Rename(caller, request.FullName!, request.ShortName!, request.EffectiveOn, organs.Now), cancellationToken));
}
