namespace Corridor.Lists.Problems;

public sealed record RaiseProblemRequest(
    string? Title, string? Description, string? Category, string? Severity, string? EnterpriseCreditCode, string? ExternalReference) : IProblemContent;
