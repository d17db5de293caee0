namespace Corridor.Notifications.Records;

/// <summary>A joint project's title, lead and pen-holding region, from the Lists service's project events.</summary>
public sealed class TrackedProject
{
    private TrackedProject()
    {
    }

    public TrackedProject(Guid projectId, string leadRegionCode)
    {
        ProjectId = projectId;
        LeadRegionCode = leadRegionCode;
        PenRegionCode = leadRegionCode;
    }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    /// <summary>The region that may edit the draft; the lead until the pen is handed on.</summary>
    public string PenRegionCode { get; private set; } = "";

    public long Version { get; private set; }

    public void Named(string title)
    {
        if (title.Length > 0)
        {
            Title = title;
        }
    }

    public void PenHanded(string toRegionCode, long version)
    {
        if (version > Version)
        {
            PenRegionCode = toRegionCode;
            Version = version;
        }
    }

    public void Saw(long version) => Version = Math.Max(Version, version);
}
