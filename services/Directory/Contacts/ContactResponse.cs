namespace Corridor.DirectoryService.Contacts;

/// <summary>A contact as the caller may see it: the phone masked for callers of other regions (<see cref="Organs.OrganWriters.SeesPhones"/>).</summary>
public sealed record ContactResponse(Guid ContactId, string OrganId, string Role, string Name, string Phone)
{
    public static ContactResponse Of(Contact c, bool seesPhone) =>
        new(c.Id, c.OrganId, c.Role.ToString(), c.Name, seesPhone ? c.Phone : ContactPhones.Mask(c.Phone));
}
