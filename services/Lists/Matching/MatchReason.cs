namespace Corridor.Lists.Matching;

/// <summary>One factor of a suggestion's score: what it is, the points it gave, and why, in words.</summary>
public sealed record MatchReason(string Factor, int Weight, string Explanation);
