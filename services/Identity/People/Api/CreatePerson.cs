using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People.Store;
using FluentValidation;

namespace Corridor.Identity.People.Api;

/// <summary>
/// A manager adds a person of an organ. With an initial password they sign in with it at once; without one a password
/// is generated, answered this once, and must be changed at the first sign-in.
/// </summary>
public sealed record CreatePerson(
    string? UserName, string? DisplayName, string? OrganId, string? RegionCode, IReadOnlyList<string>? Roles, string? Email, string? InitialPassword)
    : IUseCase<PersonCreated>;

internal sealed class CreatePersonRule(CallerIdentity caller) : PeopleManagerRule<CreatePerson>(caller);

internal sealed class CreatePersonValidator : AbstractValidator<CreatePerson>
{
    public CreatePersonValidator(IOrganDirectory organs)
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9][A-Za-z0-9._@+-]*$")
            .WithMessage("userName is letters, digits and . _ @ + - (starting with a letter or digit).");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(Person.MaxDisplayName);
        RuleFor(r => r.OrganId).NotEmpty();
        RuleFor(r => r.RegionCode).NotEmpty();
        RuleFor(r => r.OrganId).CustomAsync(async (organId, context, cancellationToken) =>
        {
            var region = context.InstanceToValidate.RegionCode;
            if (!string.IsNullOrEmpty(organId) && !string.IsNullOrEmpty(region) && await organs.RefusalAsync(organId, region, cancellationToken) is { } refusal)
            {
                context.AddFailure("organId", refusal);
            }
        });
        this.Roles(r => r.Roles, r => r.RegionCode);
        RuleFor(r => r.Email).EmailAddress().MaximumLength(256).When(r => !string.IsNullOrEmpty(r.Email));
    }
}

internal sealed class CreatePersonHandler(PeopleWriter writer, CallerIdentity caller, IdentityDbContext db)
    : IUseCaseHandler<CreatePerson, PersonCreated>
{
    public async Task<PersonCreated> HandleAsync(CreatePerson request, CancellationToken cancellationToken)
    {
        PeopleAuthority.EnsureRegion(caller, request.RegionCode!);
        PeopleAuthority.EnsureMayGrant(caller, request.Roles!);
        var generated = string.IsNullOrEmpty(request.InitialPassword) ? TemporaryPasswords.Generate() : null;
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = request.DisplayName!.Trim(),
            Email = string.IsNullOrEmpty(request.Email) ? null : request.Email,
            OrganId = request.OrganId!,
            RegionCode = request.RegionCode!,
            LockoutEnabled = true,
            MustChangePassword = generated is not null,
            CreatedAt = writer.Now.UtcDateTime,
            Version = 1,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        PeopleResults.ThrowIfFailed(await writer.People.CreateAsync(person, generated ?? request.InitialPassword!), "initialPassword");
        PeopleResults.ThrowIfFailed(await writer.People.AddToRolesAsync(person, request.Roles!.Distinct(StringComparer.Ordinal)));
        await transaction.CommitAsync(cancellationToken);
        return new PersonCreated(PersonResponse.Of(person, request.Roles!.Distinct(StringComparer.Ordinal), writer.Now), generated);
    }
}
