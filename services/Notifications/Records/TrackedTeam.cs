namespace Corridor.Notifications.Records;

/// <summary>A commando team's name and owner organ, from TeamRegistered: deployment events name only the team's id.</summary>
public sealed class TrackedTeam
{
    private TrackedTeam()
    {
    }

    public TrackedTeam(Guid teamId, string name, string ownerOrganId)
    {
        TeamId = teamId;
        Name = name;
        OwnerOrganId = ownerOrganId;
    }

    public Guid TeamId { get; private set; }

    public string Name { get; private set; } = "";

    public string OwnerOrganId { get; private set; } = "";
}
