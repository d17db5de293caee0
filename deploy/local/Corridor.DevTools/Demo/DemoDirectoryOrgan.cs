namespace Corridor.DevTools.Demo;

/// <summary>An organ the demo registers in the directory.</summary>
/// <param name="Level">Regional, Municipal, County or Stationed.</param>
/// <param name="Kind">Organ, OrganPartyOrganization or WorkingCommittee.</param>
/// <param name="OrganId">Its credit code; null for a unit without one, which the directory gives a conference id.</param>
public sealed record DemoDirectoryOrgan(
    string Reference, string RegionCode, string? OrganId, string FullName, string ShortName, string Level, string Kind, string? ParentOrganId = null);
