using Corridor.Identity.Throttling;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>What a user name and password lead to on the sign-in page.</summary>
internal abstract record SignInOutcome
{
    public sealed record SignedIn(Person Person) : SignInOutcome;

    /// <summary>The right temporary password after a reset: it opens the change-password form and nothing else.</summary>
    public sealed record MustChangePassword(Person Person) : SignInOutcome;

    public sealed record WrongPassword : SignInOutcome;

    /// <summary>Locked after repeated failures (a known person by Identity's lockout, an unknown name in memory) for <paramref name="Remaining"/>.</summary>
    public sealed record LockedOut(TimeSpan Remaining) : SignInOutcome;

    /// <summary>Locked through the people API until a manager unlocks them.</summary>
    public sealed record LockedByManager : SignInOutcome;
}

/// <summary>
/// Checks a sign-in against the stored people with <see cref="SignInManager{TUser}.CheckPasswordSignInAsync"/>, counting
/// failures toward Identity's lockout. An unknown name is counted in memory (<see cref="SignInLockout"/>) with the same
/// limit and answered in the same words, so the page never tells which names exist.
/// </summary>
internal sealed class PersonSignIn(UserManager<Person> people, SignInManager<Person> signIn, SignInLockout unknownNames, TimeProvider time)
{
    // Verified when the user name is unknown, so that the answer takes as long as for a known one.
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<Person>().HashPassword(new Person(), Guid.NewGuid().ToString("N")));

    public async Task<SignInOutcome> CheckAsync(string userName, string password)
    {
        var person = string.IsNullOrEmpty(userName) ? null : await people.FindByNameAsync(userName);
        if (person is null)
        {
            return Unknown(userName, password);
        }

        if (person.LockedByManager && await people.IsLockedOutAsync(person))
        {
            return new SignInOutcome.LockedByManager();
        }

        var result = await signIn.CheckPasswordSignInAsync(person, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = person.LockoutEnd ?? time.GetUtcNow();
            return new SignInOutcome.LockedOut(until - time.GetUtcNow());
        }

        if (!result.Succeeded)
        {
            return new SignInOutcome.WrongPassword();
        }

        return person.MustChangePassword ? new SignInOutcome.MustChangePassword(person) : new SignInOutcome.SignedIn(person);
    }

    private SignInOutcome Unknown(string userName, string password)
    {
        if (unknownNames.LockedFor(userName) is { } locked)
        {
            return new SignInOutcome.LockedOut(locked);
        }

        people.PasswordHasher.VerifyHashedPassword(new Person(), Decoy.Value, password);
        return unknownNames.RecordFailure(userName) is { } lockedNow
            ? new SignInOutcome.LockedOut(lockedNow)
            : new SignInOutcome.WrongPassword();
    }
}
