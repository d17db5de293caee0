namespace Corridor.DevTools.Api;

/// <summary>The part of a Lists project answer that the tools read.</summary>
public sealed record ProjectView(Guid Id, string Title, string Status, int Revision, IReadOnlyList<string> PendingApprovals);
