using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Organs;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>移交: a supervisor hands the problem to an organ of another member region.</summary>
public sealed record TransferProblem(Guid ProblemId, VersionPrecondition Precondition, string? ToOrganId, string? ToRegionCode, string? Reason) : IUseCase<ProblemResponse>;

internal sealed class TransferProblemValidator : AbstractValidator<TransferProblem>
{
    public TransferProblemValidator()
    {
        RuleFor(r => r.ToOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("ToOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ToRegionCode).Must(RegionCodes.IsWellFormed).When(r => r.ToRegionCode is not null)
            .WithMessage("ToRegionCode, when given, must be a GB/T 2260 code; it is checked against the directory's record of the organ.");
        RuleFor(r => r.Reason).MaximumLength(Problem.MaxText);
    }
}

/// <summary>The target organ's region is the directory's; a region the request states must agree.</summary>
internal sealed class TransferProblemHandler(ProblemWriter problems, ListsOrgans organs, CallerIdentity caller) : IUseCaseHandler<TransferProblem, ProblemResponse>
{
    public async Task<ProblemResponse> HandleAsync(TransferProblem request, CancellationToken cancellationToken)
    {
        var region = await organs.RegionOfAsync(nameof(request.ToOrganId), request.ToOrganId!, request.ToRegionCode, nameof(request.ToRegionCode), cancellationToken);
        return await problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Transfer(caller, request.ToOrganId!, region, request.Reason, problems.Now), cancellationToken);
    }
}
