using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People.Store;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Identity.People.Api;

/// <summary>
/// A manager adds a person of an organ. The person's region is the organ's region in the directory: an organ it does not
/// know or has retired is refused, and so is a stated region other than the organ's (422 unknown-organ, retired-organ,
/// region-mismatch). With an initial password they sign in with it at once; without one a password is generated,
/// answered this once, and must be changed at the first sign-in.
/// </summary>
public sealed record CreatePerson(
    string? UserName, string? DisplayName, string? OrganId, string? RegionCode, IReadOnlyList<string>? Roles, string? Email, string? InitialPassword)
    : IUseCase<PersonCreated>;

internal sealed class CreatePersonRule(CallerIdentity caller) : PeopleManagerRule<CreatePerson>(caller);

internal sealed class CreatePersonValidator : AbstractValidator<CreatePerson>
{
    public CreatePersonValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9][A-Za-z0-9._@+-]*$")
            .WithMessage("userName is letters, digits and . _ @ + - (starting with a letter or digit).");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(Person.MaxDisplayName);
        RuleFor(r => r.OrganId).NotEmpty();
        this.Roles(r => r.Roles, r => r.RegionCode);
        RuleFor(r => r.Email).EmailAddress().MaximumLength(256).When(r => !string.IsNullOrEmpty(r.Email));
    }
}

internal sealed class CreatePersonHandler(PeopleWriter writer, CallerIdentity caller, ManagedRegion managed, IOrganDirectory directory, IdentityDbContext db)
    : IUseCaseHandler<CreatePerson, PersonCreated>
{
    public async Task<PersonCreated> HandleAsync(CreatePerson request, CancellationToken cancellationToken)
    {
        var organs = await directory.RequireActiveAsync(
            [new NamedOrgan("organId", request.OrganId!, request.RegionCode, "regionCode")], cancellationToken);
        var region = organs[request.OrganId!].RegionCode;
        await managed.EnsureAsync(region, cancellationToken);
        PeopleAuthority.EnsureMayGrant(caller, request.Roles!);
        if (request.Roles!.Contains(CorridorRoles.Secretariat) && region != CorridorRegions.SecretariatRegion)
        {
            throw new ValidationException([new ValidationFailure("roles", $"The secretariat sits in region {CorridorRegions.SecretariatRegion}.")]);
        }

        var generated = string.IsNullOrEmpty(request.InitialPassword) ? TemporaryPasswords.Generate() : null;
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = request.DisplayName!.Trim(),
            Email = string.IsNullOrEmpty(request.Email) ? null : request.Email,
            OrganId = request.OrganId!,
            RegionCode = region,
            LockoutEnabled = true,
            MustChangePassword = generated is not null,
            CreatedAt = writer.Now.UtcDateTime,
            Version = 1,
        };

        // UserManager saves at each call: the explicit transaction makes the person, their roles and the event one commit.
        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        PeopleResults.ThrowIfFailed(await writer.People.CreateAsync(person, generated ?? request.InitialPassword!), "initialPassword");
        PeopleResults.ThrowIfFailed(await writer.People.AddToRolesAsync(person, roles));
        db.AddPersonChanged(person, roles, writer.Now.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PersonCreated(PersonResponse.Of(person, roles, writer.Now), generated);
    }
}
