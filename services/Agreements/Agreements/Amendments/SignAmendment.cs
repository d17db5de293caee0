using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.Amendments;

/// <summary>An organ concerned signs amendment <see cref="Number"/> for itself; the last signature adopts it.</summary>
public sealed record SignAmendment(Guid AgreementId, int Number, VersionPrecondition Precondition, string? Signatory, string? OrganId) : IUseCase<Agreement>;

internal sealed class SignAmendmentValidator : AbstractValidator<SignAmendment>
{
    public SignAmendmentValidator() => RuleFor(r => r.Signatory).NotEmpty().MaximumLength(100);
}

internal sealed class SignAmendmentHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<SignAmendment, Agreement>
{
    public Task<Agreement> HandleAsync(SignAmendment request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, async a =>
        {
            var organs = a.PartyOrganIds.Union(a.Amendments.FirstOrDefault(m => m.Number == request.Number)?.RequiredOrganIds ?? []).ToArray();
            a.SignAmendment(
                caller, request.Number, request.OrganId ?? caller.Organ, request.Signatory!, await agreements.PairingsInForceAsync(a, organs, cancellationToken), agreements.Now);
        }, cancellationToken);
}
