using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Api;

/// <summary>A signed-in person changes their own password; a wrong current password counts toward the lockout as at sign-in.</summary>
public sealed record ChangeOwnPassword(string? CurrentPassword, string? NewPassword) : IUseCase<PersonResponse>;

internal sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPassword>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty();
        RuleFor(r => r.NewPassword).NotEmpty().NotEqual(r => r.CurrentPassword).WithMessage("newPassword must differ from the current one.");
    }
}

internal sealed class ChangeOwnPasswordHandler(UserManager<Person> people, SignInManager<Person> signIn, CallerIdentity caller, TimeProvider time)
    : IUseCaseHandler<ChangeOwnPassword, PersonResponse>
{
    public async Task<PersonResponse> HandleAsync(ChangeOwnPassword request, CancellationToken cancellationToken)
    {
        var person = await people.FindByNameAsync(caller.Subject)
            ?? throw new ForbiddenException("person.not-a-person", "Only a person who signs in has a password to change.");
        var check = await signIn.CheckPasswordSignInAsync(person, request.CurrentPassword!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            throw new ForbiddenException("person.locked", "The account is locked.");
        }

        if (!check.Succeeded)
        {
            throw new ValidationException([new ValidationFailure("currentPassword", "The current password is not right.")]);
        }

        PeopleResults.ThrowIfFailed(await people.ChangePasswordAsync(person, request.CurrentPassword!, request.NewPassword!), "newPassword");
        person.MustChangePassword = false;
        person.Version++;
        PeopleResults.ThrowIfFailed(await people.UpdateAsync(person));
        return PersonResponse.Of(person, await people.GetRolesAsync(person), time.GetUtcNow());
    }
}
