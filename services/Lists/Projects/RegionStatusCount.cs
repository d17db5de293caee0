namespace Corridor.Lists.Projects;

/// <summary>Budget is the sum in yuan over the counted projects that state one (exact: summed in fen in SQL).</summary>
public sealed record RegionStatusCount(string RegionCode, string Status, int Projects, decimal Budget);
