using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

/// <summary>The owning region credits its team on a problem Lists says is resolved, optionally naming the deployment that helped.</summary>
public sealed record CreditProblem(Guid TeamId, VersionPrecondition Precondition, Guid? ProblemId, Guid? DeploymentId, string? Note) : IUseCase<TeamResponse>;

internal sealed class CreditProblemValidator : AbstractValidator<CreditProblem>
{
    public CreditProblemValidator()
    {
        RuleFor(r => r.ProblemId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.DeploymentId).NotEqual(Guid.Empty);
        RuleFor(r => r.Note).MaximumLength(Team.MaxText);
    }
}

internal sealed class CreditProblemHandler(TeamWriter teams, CallerIdentity caller, ProblemResolutionCheck problems) : IUseCaseHandler<CreditProblem, TeamResponse>
{
    public async Task<TeamResponse> HandleAsync(CreditProblem request, CancellationToken cancellationToken) =>
        await teams.ViewAsync(await teams.ApplyAsync(request.TeamId, request.Precondition, async t =>
        {
            // Lists is asked only once the caller was found to manage the team, so a refused caller learns nothing about the problem.
            if (!t.IsManagedBy(caller))
            {
                throw new ForbiddenException("team.other-region", $"Only the owning region {t.RegionCode} manages this team.");
            }

            await problems.EnsureResolvedAsync(request.ProblemId!.Value, cancellationToken);
            t.CreditProblem(caller, request.ProblemId.Value, request.DeploymentId, request.Note, teams.Now);
        }, cancellationToken), cancellationToken);
}
