using Corridor.Lists.Resources;

namespace Corridor.Lists.Matching;

/// <summary>
/// A resource that could meet the problem. <see cref="PendingMatchId"/> names a proposal already waiting
/// for an answer on this pair, so nobody proposes the same match twice.
/// </summary>
public sealed record MatchSuggestion(ResourceResponse Resource, int Score, IReadOnlyList<MatchReason> Reasons, Guid? PendingMatchId = null);
