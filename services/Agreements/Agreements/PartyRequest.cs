namespace Corridor.Agreements.Agreements;

/// <summary>
/// A party as a request names it: the organ. A name sent is ignored and a region sent must be the organ's: both are the
/// directory's record of the organ (<see cref="PartyDirectory"/>).
/// </summary>
public sealed record PartyRequest(string? OrganId, string? OrganName, string? RegionCode);
