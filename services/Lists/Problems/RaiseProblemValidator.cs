namespace Corridor.Lists.Problems;

public sealed class RaiseProblemValidator : ProblemContentValidator<RaiseProblemRequest>;
