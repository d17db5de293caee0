using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.Amendments;

/// <summary>An organ concerned refuses amendment <see cref="Number"/>, saying why: nothing changes.</summary>
public sealed record DeclineAmendment(Guid AgreementId, int Number, VersionPrecondition Precondition, string? Reason) : IUseCase<Agreement>;

internal sealed class DeclineAmendmentValidator : AbstractValidator<DeclineAmendment>
{
    public DeclineAmendmentValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
}

internal sealed class DeclineAmendmentHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<DeclineAmendment, Agreement>
{
    public Task<Agreement> HandleAsync(DeclineAmendment request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, a => a.DeclineAmendment(caller, request.Number, request.Reason!, agreements.Now), cancellationToken);
}
