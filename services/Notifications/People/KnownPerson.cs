namespace Corridor.Notifications.People;

/// <summary>
/// Notifications' copy of a person kept by Identity (<c>PersonChanged</c>): who they are, which organ and region they
/// belong to, their roles and e-mail. The newest version wins; a person locked by a manager is told nothing.
/// </summary>
public sealed class KnownPerson
{
    public const int MaxUserName = 256;

    private KnownPerson()
    {
    }

    public KnownPerson(Guid personId) => PersonId = personId;

    public Guid PersonId { get; private set; }

    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string OrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>Space-separated role names, as a token's <c>role</c> claims.</summary>
    public string Roles { get; private set; } = "";

    public string? Email { get; private set; }

    public bool Active { get; private set; }

    public long Version { get; private set; }

    public bool HasRole(string role) => Roles.Split(' ').Contains(role, StringComparer.Ordinal);

    /// <summary>Takes the record if it is newer than the copy; returns whether it did.</summary>
    public bool Apply(
        string userName, string displayName, string organId, string regionCode, IEnumerable<string> roles, string? email, bool active, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        UserName = userName;
        DisplayName = displayName;
        OrganId = organId;
        RegionCode = regionCode;
        Roles = string.Join(' ', roles.Order(StringComparer.Ordinal));
        Email = string.IsNullOrWhiteSpace(email) ? null : email;
        Active = active;
        Version = version;
        return true;
    }
}
