using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The handling region takes the problem on: its responsible organ, co-responsible organs and due date (see <see cref="Problem.Accept"/>).</summary>
public sealed record AcceptProblem(
    Guid ProblemId, VersionPrecondition Precondition, string? ResponsibleOrganId, string? ResponsibleRegionCode, IReadOnlyList<OrganRequest?>? CoResponsibleOrgans, DateOnly? DueDate)
    : IUseCase<ProblemResponse>;

internal sealed class AcceptProblemValidator : AbstractValidator<AcceptProblem>
{
    public AcceptProblemValidator()
    {
        RuleFor(r => r.ResponsibleOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("ResponsibleOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ResponsibleRegionCode).Must(CorridorRegions.IsMember).WithMessage("ResponsibleRegionCode must be a corridor member region.");
        RuleFor(r => r.DueDate).NotNull();
        RuleForEach(r => r.CoResponsibleOrgans).NotNull().WithMessage("Each co-responsible organ must be given.");
        RuleForEach(r => r.CoResponsibleOrgans).Where(o => o is not null).ChildRules(organ =>
        {
            organ.RuleFor(o => o!.OrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            organ.RuleFor(o => o!.RegionCode).Must(CorridorRegions.IsMember).WithMessage("RegionCode must be a corridor member region.");
        });
    }
}

internal sealed class AcceptProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<AcceptProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(AcceptProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Accept(
            caller,
            request.ResponsibleOrganId!,
            request.ResponsibleRegionCode!,
            (request.CoResponsibleOrgans ?? []).Select(o => new CoResponsibleOrgan(o!.OrganId!, o.RegionCode!)).ToArray(),
            request.DueDate!.Value,
            problems.Now), cancellationToken);
}
