using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.InForce;

/// <summary>A party or the secretariat resumes a suspended agreement whose term has not ended, with an optional note.</summary>
public sealed record ResumeAgreement(Guid AgreementId, VersionPrecondition Precondition, string? Note) : IUseCase<Agreement>;

internal sealed class ResumeAgreementValidator : AbstractValidator<ResumeAgreement>
{
    public ResumeAgreementValidator() => RuleFor(r => r.Note).MaximumLength(Agreement.MaxText);
}

internal sealed class ResumeAgreementHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<ResumeAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(ResumeAgreement request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, a => a.Resume(caller, request.Note, agreements.Now), cancellationToken);
}
