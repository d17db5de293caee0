namespace Corridor.Lists.Matching;

public sealed record ReleaseCommitmentRequest(string? Reason);
