namespace Corridor.DevTools.Api;

/// <summary>A page of a list answer (<c>{ items, nextCursor }</c>) as the tools read it.</summary>
public sealed record PageView<T>(IReadOnlyList<T> Items, string? NextCursor);
