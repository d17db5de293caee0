namespace Corridor.Agreements.Agreements;

/// <summary>An organ named as a party (by its unified social credit code) with its GB/T 2260 region.</summary>
public sealed record PartyTerms(string OrganId, string OrganName, string RegionCode);
