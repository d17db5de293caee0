namespace Corridor.DirectoryService.Organs;

/// <summary>A name the organ bore from <see cref="From"/> (null: since it was registered) until <see cref="Until"/> (null: still).</summary>
public sealed class OrganName
{
    private OrganName()
    {
    }

    public OrganName(string fullName, string shortName, DateOnly? from)
    {
        FullName = fullName;
        ShortName = shortName;
        From = from;
    }

    public string FullName { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public DateOnly? From { get; private set; }

    public DateOnly? Until { get; private set; }

    internal void EndOn(DateOnly lastDay) => Until = lastDay;
}
