namespace Corridor.Identity.People;

/// <summary>A person who signs in to the console (coordinators, secretariat, member staff), as configured under <c>Identity:Users</c>.</summary>
public sealed class UserRegistration
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public string OrganId { get; set; } = "";

    /// <summary>member, coordinator, secretariat.</summary>
    public List<string> Roles { get; set; } = [];
}
