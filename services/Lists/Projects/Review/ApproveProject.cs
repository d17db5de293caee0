using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Review;

/// <summary>
/// Approves the named revision of a project under review. The secretariat records the approval of an absent
/// coordinator by naming <see cref="OnBehalfOfRegion"/> and a <see cref="Reason"/>; the approval is then marked as on behalf.
/// </summary>
public sealed record ApproveProject(Guid ProjectId, VersionPrecondition Precondition, int? Revision, string? OnBehalfOfRegion, string? Reason)
    : IUseCase<ProjectResponse>;

internal sealed class ApproveProjectValidator : AbstractValidator<ApproveProject>
{
    public ApproveProjectValidator(IOrganDirectory directory, TimeProvider clock)
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.OnBehalfOfRegion)
            .MemberRegion(directory, clock)
            .When(r => r.OnBehalfOfRegion is not null)
            .WithMessage("OnBehalfOfRegion must be the GB/T 2260 code of a corridor member region.");
        RuleFor(r => r.Reason).NotEmpty().When(r => r.OnBehalfOfRegion is not null)
            .WithMessage("Say why the coordinator cannot approve in person.");
        RuleFor(r => r.Reason).MaximumLength(4000);
    }
}

internal sealed class ApproveProjectAuthorization(CallerIdentity caller) : ReviewerRule<ApproveProject>(caller);

internal sealed class ApproveProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<ApproveProject, ProjectResponse>
{
    // An approval names its revision, so it does not depend on the other parties' concurrent decisions: it is re-applied when it loses a race.
    public Task<ProjectResponse> HandleAsync(ApproveProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(request.ProjectId, request.Precondition, Approve(request), cancellationToken, independent: true);

    private Action<Project> Approve(ApproveProject request) => p =>
    {
        if (request.OnBehalfOfRegion is { } region)
        {
            p.ApproveOnBehalf(caller, request.Revision!.Value, region, request.Reason!, projects.Policy, projects.Now);
        }
        else
        {
            p.Approve(caller, request.Revision!.Value, projects.Policy, projects.Now);
        }
    };
}
