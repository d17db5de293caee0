using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Hands the pen to another participating region (or back to the lead's).</summary>
public sealed record HandPen(Guid ProjectId, VersionPrecondition Precondition, string? RegionCode) : IUseCase<ProjectResponse>;

internal sealed class HandPenValidator : AbstractValidator<HandPen>
{
    public HandPenValidator() => RuleFor(r => r.RegionCode).NotEmpty().Length(6).WithMessage("RegionCode is the GB/T 2260 code of a participating region.");
}

internal sealed class HandPenHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<HandPen, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(HandPen request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(request.ProjectId, request.Precondition, p => p.HandPen(caller, request.RegionCode!, projects.Now), cancellationToken);
}
