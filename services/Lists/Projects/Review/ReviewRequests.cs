namespace Corridor.Lists.Projects.Review;

/// <summary>The body of <see cref="ApproveProject"/>: the revision reviewed, and for the secretariat acting for an absent coordinator, the region and why.</summary>
public sealed record ApproveProjectRequest(int? Revision, string? OnBehalfOfRegion = null, string? Reason = null);

/// <summary>The body of <see cref="SendBackProject"/>.</summary>
public sealed record SendBackRequest(int? Revision, string? Comments);

/// <summary>The body of <see cref="RejectProject"/>.</summary>
public sealed record RejectProjectRequest(int? Revision, string? Reason);
