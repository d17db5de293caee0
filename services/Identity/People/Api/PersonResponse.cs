using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;

namespace Corridor.Identity.People.Api;

/// <summary>A stored person as the people API shows them; never the password hash.</summary>
public sealed record PersonResponse(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string OrganId,
    string RegionCode,
    IReadOnlyList<string> Roles,
    bool LockedOut,
    bool LockedByManager,
    DateTimeOffset? LockedUntil,
    bool MustChangePassword,
    DateTime CreatedAt,
    long Version) : IVersionedView
{
    public static PersonResponse Of(Person person, IEnumerable<string> roles, DateTimeOffset now)
    {
        var locked = person.LockoutEnd > now;
        return new(
            person.Id,
            person.UserName!,
            person.DisplayName,
            person.Email,
            person.OrganId,
            person.RegionCode,
            [.. roles.Order(StringComparer.Ordinal)],
            locked,
            locked && person.LockedByManager,
            locked && !person.LockedByManager ? person.LockoutEnd : null,
            person.MustChangePassword,
            person.CreatedAt,
            person.Version);
    }
}

/// <summary>A created person, and the generated password when none was given: shown this once, never stored in plain.</summary>
public sealed record PersonCreated(PersonResponse Person, string? GeneratedPassword) : IVersionedView
{
    public long Version => Person.Version;
}

/// <summary>A reset's one-time temporary password: it opens only the change-password form, at the person's next sign-in.</summary>
public sealed record TemporaryPassword(string Password, long Version) : IVersionedView;
