namespace Corridor.Lists.Problems;

public sealed record ProblemStatisticsResponse(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ResolvedInPeriod> ResolvedPerRegion,
    double? MedianDaysToResolve,
    int ResolvedCounted,
    int DueInWindow,
    int OverdueInWindow,
    double? OverdueRate,
    string Rule);
