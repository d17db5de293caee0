namespace Corridor.Lists.Problems;

/// <summary>Problems resolved in a calendar month (UTC) by the region handling them at the time of the query.</summary>
public sealed record ResolvedInPeriod(string RegionCode, string Period, int Resolved);
