namespace Corridor.Lists.Matching;

public sealed record DeclineMatchRequest(string? Reason);
