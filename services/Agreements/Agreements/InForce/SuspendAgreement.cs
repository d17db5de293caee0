using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.InForce;

/// <summary>A party or the secretariat suspends an active agreement, saying why.</summary>
public sealed record SuspendAgreement(Guid AgreementId, VersionPrecondition Precondition, string? Reason) : IUseCase<Agreement>;

internal sealed class SuspendAgreementValidator : AbstractValidator<SuspendAgreement>
{
    public SuspendAgreementValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
}

internal sealed class SuspendAgreementHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<SuspendAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(SuspendAgreement request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, a => a.Suspend(caller, request.Reason!, agreements.Now), cancellationToken);
}
