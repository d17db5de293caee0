using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams.Deployments;

internal static class CreditProblem
{
    /// <summary>
    /// The owning region credits its team on a problem; Lists is asked whether the problem is resolved only after
    /// the caller was found to manage the team, so a refused caller learns nothing about the problem.
    /// </summary>
    public static Task<(Team Team, ProblemCredit Credit)> ApplyAsync(
        TeamsDbContext db, Guid teamId, CreditProblemRequest request, CallerIdentity caller, ProblemResolutionCheck problems, DateTime now, Action<long> checkVersion, CancellationToken cancellationToken) =>
        TeamUpdate.ApplyAsync(db, teamId, checkVersion, async team =>
        {
            if (!team.IsManagedBy(caller))
            {
                throw new ForbiddenException("team.other-region", $"Only the owning region {team.RegionCode} manages this team.");
            }

            await problems.EnsureResolvedAsync(request.ProblemId!.Value, cancellationToken);
            return team.CreditProblem(caller, request.ProblemId.Value, request.DeploymentId, request.Note, now);
        }, cancellationToken);
}
