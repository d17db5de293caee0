namespace Corridor.Lists.Problems;

/// <summary>GET /api/v1/problems/escalated: the escalated problems the caller may see.</summary>
public sealed record EscalatedProblemsResponse(IReadOnlyList<ProblemSummary> Items);
