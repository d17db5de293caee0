using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Activities;

public sealed record ActivityInput(
    CooperationArea Area,
    DateOnly Date,
    string HostOrganId,
    IReadOnlyList<string> ParticipatingOrganIds,
    int ParticipantCount,
    string Summary,
    DocumentReference? Evidence)
{
    /// <summary>Whether both record the same once stored: the summary trimmed, the participating organs as a set.</summary>
    public bool SaysTheSameAs(ActivityInput other) =>
        Area == other.Area
        && Date == other.Date
        && HostOrganId == other.HostOrganId
        && ParticipantCount == other.ParticipantCount
        && Summary.Trim() == other.Summary.Trim()
        && Evidence == other.Evidence
        && ParticipatingOrganIds.ToHashSet(StringComparer.Ordinal).SetEquals(other.ParticipatingOrganIds);
}
