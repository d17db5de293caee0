using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>
/// A person who signs in to the console, kept in Identity's database by ASP.NET Core Identity: user name, password
/// hash, lockout and security stamp are Identity's; display name, organ and region are what the tokens carry.
/// Roles are Identity roles (<see cref="PersonRoles"/>).
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    public const int MaxDisplayName = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>Unified social credit code (or conference-issued id) of the person's organ: the <c>organ</c> claim.</summary>
    public string OrganId { get; set; } = "";

    /// <summary>GB/T 2260 code of the organ's region: the <c>region</c> claim, and what a coordinator's authority is bounded by.</summary>
    public string RegionCode { get; set; } = "";

    /// <summary>Set by a reset: the temporary password only opens the change-password form, never a session.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Set by a lock through the API: unlike a lockout after failures it does not end by itself.</summary>
    public bool LockedByManager { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Moves with every change made through the people API; REST sends it as the ETag.</summary>
    public long Version { get; set; }
}
