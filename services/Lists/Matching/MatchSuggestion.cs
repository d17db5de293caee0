using Corridor.Lists.Resources;

namespace Corridor.Lists.Matching;

public sealed record MatchSuggestion(ResourceResponse Resource, int Score, IReadOnlyList<MatchReason> Reasons);
