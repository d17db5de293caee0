namespace Corridor.DevTools.Api;

/// <summary>The fields of a Directory organ the demo reads back.</summary>
public sealed record OrganView(string OrganId, string RegionCode, string FullName, string Level, string Kind, string Status, long Version);

/// <summary>The answer to an upsert by external reference: created, updated or unchanged.</summary>
public sealed record OrganUpsertView(string Outcome, OrganView Organ);
