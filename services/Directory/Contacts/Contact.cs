namespace Corridor.DirectoryService.Contacts;

/// <summary>
/// A person to contact at an organ: a role, a name and a phone number, nothing more. Personal data: kept apart from
/// the organ, out of its events and of the change feed, and deleted (not kept as history) when removed.
/// </summary>
public sealed class Contact
{
    public const int MaxName = 50;

    private Contact()
    {
    }

    public Contact(string organId, ContactRole role, string name, string phone, string addedBy, DateTime addedAt)
    {
        OrganId = organId;
        Role = role;
        Name = name;
        Phone = phone;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string OrganId { get; private set; } = "";

    public ContactRole Role { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Digits only (<see cref="ContactPhones.Normalize"/>).</summary>
    public string Phone { get; private set; } = "";

    public string AddedBy { get; private set; } = "";

    public DateTime AddedAt { get; private set; }
}
