using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Lists.V1;
using Grpc.Core;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>Asks Lists (the authority) over gRPC whether a problem is resolved, before a team is credited on it.</summary>
internal sealed class ProblemResolutionCheck(Problems.ProblemsClient problems)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);
    private static readonly string[] ResolvedStatuses = ["Resolved", "Closed"];

    public async Task EnsureResolvedAsync(Guid problemId, CancellationToken cancellationToken)
    {
        ProblemReply reply;
        try
        {
            reply = await problems.GetProblemAsync(
                new GetProblemRequest { ProblemId = problemId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new DomainRuleException("credit.problem-not-found", $"Problem {problemId} does not exist.");
        }
        catch (RpcException ex)
        {
            throw new DependencyUnavailableException($"The Lists service ({ex.StatusCode})", ex);
        }

        if (!ResolvedStatuses.Contains(reply.Status))
        {
            throw new DomainRuleException("credit.problem-not-resolved", $"Problem {problemId} is {reply.Status}; a team is credited on problems once they are resolved.");
        }
    }
}
