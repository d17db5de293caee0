namespace Corridor.Lists.Projects;

/// <summary>A partner organ from another region taking part in a joint project.</summary>
public sealed class ProjectPartner
{
    private ProjectPartner()
    {
    }

    public ProjectPartner(string organId, string regionCode)
    {
        OrganId = organId;
        RegionCode = regionCode;
    }

    public string OrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";
}
