namespace Corridor.Notifications.Webhooks;

/// <summary>A team's owning region, kept from the team events that name it: the roster events name only the team.</summary>
public sealed class WebhookTeamRegion
{
    private WebhookTeamRegion()
    {
    }

    public WebhookTeamRegion(Guid teamId, string regionCode)
    {
        TeamId = teamId;
        RegionCode = regionCode;
    }

    public Guid TeamId { get; private set; }

    public string RegionCode { get; private set; } = "";
}
