using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Organs;
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
        RuleFor(r => r.ResponsibleRegionCode).Must(RegionCodes.IsWellFormed).When(r => r.ResponsibleRegionCode is not null)
            .WithMessage("ResponsibleRegionCode, when given, must be a GB/T 2260 code; it is checked against the directory's record of the organ.");
        RuleFor(r => r.DueDate).NotNull();
        RuleForEach(r => r.CoResponsibleOrgans).NotNull().WithMessage("Each co-responsible organ must be given.");
        RuleForEach(r => r.CoResponsibleOrgans).Where(o => o is not null).ChildRules(organ =>
        {
            organ.RuleFor(o => o!.OrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            organ.RuleFor(o => o!.RegionCode).Must(RegionCodes.IsWellFormed).When(o => o!.RegionCode is not null)
                .WithMessage("RegionCode, when given, must be a GB/T 2260 code; it is checked against the directory's record of the organ.");
        });
    }
}

/// <summary>The responsible and co-responsible organs' regions are the directory's; regions the request states must agree.</summary>
internal sealed class AcceptProblemHandler(ProblemWriter problems, ListsOrgans organs, CallerIdentity caller) : IUseCaseHandler<AcceptProblem, ProblemResponse>
{
    public async Task<ProblemResponse> HandleAsync(AcceptProblem request, CancellationToken cancellationToken)
    {
        var coResponsible = request.CoResponsibleOrgans ?? [];
        var named = coResponsible
            .Select((o, i) => new NamedOrgan($"CoResponsibleOrgans[{i}].OrganId", o!.OrganId!, o.RegionCode, $"CoResponsibleOrgans[{i}].RegionCode"))
            .Prepend(new NamedOrgan(nameof(request.ResponsibleOrganId), request.ResponsibleOrganId!, request.ResponsibleRegionCode, nameof(request.ResponsibleRegionCode)))
            .ToArray();
        var known = await organs.RequireAsync(named, cancellationToken);
        return await problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Accept(
            caller,
            request.ResponsibleOrganId!,
            known[request.ResponsibleOrganId!].RegionCode,
            coResponsible.Select(o => new CoResponsibleOrgan(o!.OrganId!, known[o.OrganId!].RegionCode)).ToArray(),
            request.DueDate!.Value,
            problems.Now), cancellationToken);
    }
}
