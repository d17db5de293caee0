using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.People.Store;

/// <summary>
/// The person a session or refresh token names, read again from the store at every authorization and token request,
/// so that a person locked, reset or removed since sign-in gets no new token.
/// </summary>
internal sealed class ActivePeople(UserManager<Person> people)
{
    /// <summary>The sign-in cookie's copy of the person's security stamp, which a password change or reset renews.</summary>
    public const string SecurityStampClaim = "security_stamp";

    /// <summary>As <see cref="FindAsync"/> for the person of a sign-in cookie, which a password change or reset since has ended.</summary>
    public async Task<(Person Person, IList<string> Roles)?> FindSignedInAsync(ClaimsPrincipal cookie)
    {
        var found = await FindAsync(cookie.FindFirstValue(Claims.Subject));
        return found is { } active && active.Person.SecurityStamp == cookie.FindFirstValue(SecurityStampClaim) ? found : null;
    }

    /// <summary>The person and their roles, or null when they no longer exist, are locked or must change their password.</summary>
    public async Task<(Person Person, IList<string> Roles)?> FindAsync(string? userName)
    {
        var person = string.IsNullOrEmpty(userName) ? null : await people.FindByNameAsync(userName);
        if (person is null || person.MustChangePassword || await people.IsLockedOutAsync(person))
        {
            return null;
        }

        return (person, await people.GetRolesAsync(person));
    }
}
