namespace Corridor.Lists.Projects.Drafting;

/// <summary>The body of <see cref="HandPen"/>: the region to hand the pen to.</summary>
public sealed record HandPenRequest(string? RegionCode);
