using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The responsible organ starts work (Accepted or Reopened → InProgress).</summary>
public sealed record StartProblem(Guid ProblemId, VersionPrecondition Precondition) : IUseCase<ProblemResponse>;

internal sealed class StartProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<StartProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(StartProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Start(caller, problems.Now), cancellationToken);
}
