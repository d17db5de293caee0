namespace Corridor.BuildingBlocks.UseCases;

/// <summary>One page of a list ordered by (timestamp, id) and the token of the next page (null on the last one).</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);
