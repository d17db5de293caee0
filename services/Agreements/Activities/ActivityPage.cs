namespace Corridor.Agreements.Activities;

/// <summary>A page of GET /api/v1/agreements/{id}/activities; <see cref="NextCursor"/> is the <c>cursor</c> of the next page, null on the last one.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityResponse> Items, string? NextCursor);
