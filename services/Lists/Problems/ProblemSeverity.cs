namespace Corridor.Lists.Problems;

public enum ProblemSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
