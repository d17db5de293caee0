using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Identity.People.Api;

/// <summary>A manager sets a person's roles (the whole set); both the old and the new roles must be ones the manager may grant.</summary>
public sealed record ChangeRoles(Guid Id, VersionPrecondition Precondition, IReadOnlyList<string>? Roles) : IUseCase<PersonResponse>;

internal sealed class ChangeRolesRule(CallerIdentity caller) : PeopleManagerRule<ChangeRoles>(caller);

internal sealed class ChangeRolesValidator : AbstractValidator<ChangeRoles>
{
    public ChangeRolesValidator() => this.Roles(r => r.Roles, _ => null);
}

internal sealed class ChangeRolesHandler(PeopleWriter writer, CallerIdentity caller) : IUseCaseHandler<ChangeRoles, PersonResponse>
{
    public async Task<PersonResponse> HandleAsync(ChangeRoles request, CancellationToken cancellationToken)
    {
        var (person, current) = await writer.LoadForChangeAsync(request.Id, request.Precondition.Required, cancellationToken);
        var wanted = request.Roles!.Distinct(StringComparer.Ordinal).ToArray();
        PeopleAuthority.EnsureMayGrant(caller, wanted);
        if (wanted.Contains(CorridorRoles.Secretariat) && person.RegionCode != CorridorRegions.SecretariatRegion)
        {
            throw new ValidationException([new ValidationFailure("roles", $"The secretariat sits in region {CorridorRegions.SecretariatRegion}.")]);
        }

        return await writer.SaveAsync(person, async () =>
        {
            Store.PeopleResults.ThrowIfFailed(await writer.People.RemoveFromRolesAsync(person, current.Except(wanted, StringComparer.Ordinal)));
            Store.PeopleResults.ThrowIfFailed(await writer.People.AddToRolesAsync(person, wanted.Except(current, StringComparer.Ordinal)));
        }, cancellationToken);
    }
}
