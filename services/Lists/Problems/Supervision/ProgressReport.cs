namespace Corridor.Lists.Problems.Supervision;

/// <summary>A progress report by the responsible (or a co-responsible) organ, with the support it still needs.</summary>
public sealed class ProgressReport
{
    private ProgressReport()
    {
    }

    public ProgressReport(string text, string? supportNeeded, string byOrganId, string by, DateTime at)
    {
        Text = text;
        SupportNeeded = supportNeeded;
        ByOrganId = byOrganId;
        By = by;
        At = at;
    }

    public long Id { get; private set; }

    public string Text { get; private set; } = "";

    public string? SupportNeeded { get; private set; }

    public string ByOrganId { get; private set; } = "";

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }
}
