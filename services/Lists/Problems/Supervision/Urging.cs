namespace Corridor.Lists.Problems.Supervision;

/// <summary>A 催办 record: anyone in the conference may press for a problem still being handled.</summary>
public sealed class Urging
{
    private Urging()
    {
    }

    public Urging(string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
