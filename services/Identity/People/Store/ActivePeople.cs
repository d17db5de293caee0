using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>
/// The person a session or refresh token names, read again from the store at every authorization and token request,
/// so that a person locked, reset or removed since sign-in gets no new token.
/// </summary>
internal sealed class ActivePeople(UserManager<Person> people)
{
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
