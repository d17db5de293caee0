namespace Corridor.Teams.Teams;

/// <summary>What a team is, as registered and as edited: kind, name, mission, formation day and, for a temporary party branch, its parent and dissolution day.</summary>
public sealed record TeamDetails(TeamKind Kind, string Name, string Mission, DateOnly FormedOn, string? ParentPartyOrganisation, DateOnly? DissolveBy)
{
    /// <summary>Whether both say the same once stored (texts trimmed, a blank parent is none): an upsert of the same details changes nothing.</summary>
    public bool SaysTheSameAs(TeamDetails other) =>
        Kind == other.Kind
        && Name.Trim() == other.Name.Trim()
        && Mission.Trim() == other.Mission.Trim()
        && FormedOn == other.FormedOn
        && Blank(ParentPartyOrganisation) == Blank(other.ParentPartyOrganisation)
        && DissolveBy == other.DissolveBy;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
