using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.People.Store;
using FluentValidation;

namespace Corridor.Identity.People.Api;

/// <summary>The roles a person may be given: known ones, <c>member</c> always, the secretariat only in its region.</summary>
internal static class PersonRoleRules
{
    public static void Roles<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> roles, Func<T, string?> region)
    {
        validator.RuleFor(r => roles(r)).NotEmpty().OverridePropertyName("roles")
            .Must(list => list!.Contains(CorridorRoles.Member)).WithMessage($"roles must include '{CorridorRoles.Member}'.")
            .Must(list => list!.All(PersonRoles.All.Contains)).WithMessage($"roles must be from {string.Join(", ", PersonRoles.All)}.");
        validator.RuleFor(r => region(r)).Equal(CorridorRegions.SecretariatRegion).OverridePropertyName("roles")
            .When(r => roles(r)?.Contains(CorridorRoles.Secretariat) == true && region(r) is not null)
            .WithMessage($"The secretariat sits in region {CorridorRegions.SecretariatRegion}.");
    }
}
