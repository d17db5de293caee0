namespace Corridor.Lists.Problems.Supervision;

/// <summary>A 协办单位: helps the responsible organ and may report progress, but does not resolve.</summary>
public sealed class CoResponsibleOrgan
{
    private CoResponsibleOrgan()
    {
    }

    public CoResponsibleOrgan(string organId, string regionCode)
    {
        OrganId = organId;
        RegionCode = regionCode;
    }

    public string OrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";
}
