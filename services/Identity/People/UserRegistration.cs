namespace Corridor.Identity.People;

/// <summary>
/// A person seeded into the store from <c>Identity:Users</c> when their user name is absent (the demo people); sign-in
/// reads the store, never this configuration.
/// </summary>
public sealed class UserRegistration
{
    public string UserName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's PBKDF2 hash of the password (<c>PasswordHasher</c>, format V3); never the password itself.</summary>
    public string PasswordHash { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public string OrganId { get; set; } = "";

    /// <summary>Optional address notifications and mails go to; stored when the person is seeded.</summary>
    public string? Email { get; set; }

    /// <summary>member, coordinator, secretariat.</summary>
    public List<string> Roles { get; set; } = [];
}
