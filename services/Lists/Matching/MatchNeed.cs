using Corridor.Lists.Problems;

namespace Corridor.Lists.Matching;

/// <summary>What a problem needs, as far as matching is concerned.</summary>
public sealed record MatchNeed(string Title, string Description, ProblemCategory Category, string RegionCode, DateOnly? DueDate)
{
    public static MatchNeed From(Problem problem) =>
        new(problem.Title, problem.Description, problem.Category, problem.RaisedByRegionCode, problem.DueDate);
}
