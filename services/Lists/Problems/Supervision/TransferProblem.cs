using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>移交: a supervisor hands the problem to an organ of another member region.</summary>
public sealed record TransferProblem(Guid ProblemId, VersionPrecondition Precondition, string? ToOrganId, string? ToRegionCode, string? Reason) : IUseCase<ProblemResponse>;

internal sealed class TransferProblemValidator : AbstractValidator<TransferProblem>
{
    public TransferProblemValidator()
    {
        RuleFor(r => r.ToOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("ToOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ToRegionCode).Must(CorridorRegions.IsMember).WithMessage("ToRegionCode must be a corridor member region.");
        RuleFor(r => r.Reason).MaximumLength(Problem.MaxText);
    }
}

internal sealed class TransferProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<TransferProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(TransferProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Transfer(caller, request.ToOrganId!, request.ToRegionCode!, request.Reason, problems.Now), cancellationToken);
}
