using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.InForce;

/// <summary>A party or the secretariat ends an agreement in force before its term, with the reason and the terminating document.</summary>
public sealed record TerminateAgreement(Guid AgreementId, VersionPrecondition Precondition, string? Reason, DocumentRequest? Document) : IUseCase<Agreement>;

internal sealed class TerminateAgreementValidator : AbstractValidator<TerminateAgreement>
{
    public TerminateAgreementValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
        RuleFor(r => r.Document).NotNull().WithMessage("The terminating document (sha256 + location) is required.");
        RuleFor(r => r.Document!).SetValidator(new DocumentRequestValidator()).When(r => r.Document is not null);
    }
}

internal sealed class TerminateAgreementHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<TerminateAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(TerminateAgreement request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(
            request.AgreementId, request.Precondition, a => a.Terminate(caller, request.Reason!, request.Document!.ToReference(), agreements.Now), cancellationToken);
}
