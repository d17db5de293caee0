namespace Corridor.Notifications.Recipients;

/// <summary>Who a notification is for, before it is known who those people are.</summary>
public abstract record Audience
{
    /// <summary>Everyone of an organ (its staff and its coordinators alike).</summary>
    public static Audience OrganPeople(string? organId) => new OfOrgan(organId ?? "");

    /// <summary>The coordinators of a region (role <c>coordinator</c>, the region exactly).</summary>
    public static Audience Coordinators(string regionCode) => new CoordinatorsOf(regionCode);

    /// <summary>The conference secretariat.</summary>
    public static Audience Secretariat { get; } = new SecretariatPeople();

    public sealed record OfOrgan(string OrganId) : Audience;

    public sealed record CoordinatorsOf(string RegionCode) : Audience;

    public sealed record SecretariatPeople : Audience;
}
