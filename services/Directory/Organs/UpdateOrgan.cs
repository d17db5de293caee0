using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;

namespace Corridor.DirectoryService.Organs;

/// <summary>An organ's level, kind and parent; a replacement of them, so the version read is required.</summary>
public sealed record UpdateOrgan(string OrganId, VersionPrecondition Precondition, string? Level, string? Kind, string? ParentOrganId) : IUseCase<OrganResponse>;

internal sealed class UpdateOrganAuthorization(CallerIdentity caller) : ReviewerRule<UpdateOrgan>(caller);

internal sealed class UpdateOrganValidator : AbstractValidator<UpdateOrgan>
{
    public UpdateOrganValidator()
    {
        RuleFor(r => r.Level).IsEnumName(typeof(OrganLevel)).NotEmpty().WithMessage($"Level must be one of: {string.Join(", ", Enum.GetNames<OrganLevel>())}.");
        RuleFor(r => r.Kind).IsEnumName(typeof(OrganKind)).NotEmpty().WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<OrganKind>())}.");
        RuleFor(r => r.ParentOrganId).MaximumLength(Organ.IdLength);
    }
}

internal sealed class UpdateOrganHandler(OrganWriter organs, DirectoryDbContext db, CallerIdentity caller) : IUseCaseHandler<UpdateOrgan, OrganResponse>
{
    public async Task<OrganResponse> HandleAsync(UpdateOrgan request, CancellationToken cancellationToken)
    {
        var parent = string.IsNullOrWhiteSpace(request.ParentOrganId) ? null : request.ParentOrganId.Trim();
        return OrganResponse.From(await organs.ApplyAsync(request.OrganId, request.Precondition.Required, async organ =>
        {
            if (parent != organ.ParentOrganId)
            {
                await OrganParentage.CheckAsync(db, organ.OrganId, parent, cancellationToken);
            }

            organ.Update(caller, Enum.Parse<OrganLevel>(request.Level!), Enum.Parse<OrganKind>(request.Kind!), parent, organs.Now);
        }, cancellationToken));
    }
}
