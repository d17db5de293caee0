using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.Signing;

/// <summary>A party signs for itself; <see cref="OrganId"/>, when given, must be the caller's own organ.</summary>
public sealed record SignAgreement(Guid AgreementId, VersionPrecondition Precondition, string? Signatory, string? OrganId) : IUseCase<Agreement>;

internal sealed class SignAgreementValidator : AbstractValidator<SignAgreement>
{
    public SignAgreementValidator() => RuleFor(r => r.Signatory).NotEmpty().MaximumLength(100);
}

internal sealed class SignAgreementHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<SignAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(SignAgreement request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, async a => a.Sign(
            caller,
            request.OrganId ?? caller.Organ,
            request.Signatory!,
            await agreements.PairingsInForceAsync(a, a.PartyOrganIds, cancellationToken),
            agreements.Now), cancellationToken);
}
