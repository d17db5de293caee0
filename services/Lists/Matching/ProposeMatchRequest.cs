namespace Corridor.Lists.Matching;

public sealed record ProposeMatchRequest(Guid? ProblemId, Guid? ResourceId);
