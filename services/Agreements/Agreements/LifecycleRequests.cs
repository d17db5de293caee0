using FluentValidation;

namespace Corridor.Agreements.Agreements;

/// <summary>A party signs for itself; <see cref="OrganId"/>, when given, must be the caller's own organ.</summary>
public sealed record SignAgreementRequest(string? Signatory, string? OrganId);

public sealed record ReasonRequest(string? Reason);

public sealed record ResumeRequest(string? Note);

public sealed record TerminateRequest(string? Reason, DocumentRequest? Document);

public sealed class SignAgreementValidator : AbstractValidator<SignAgreementRequest>
{
    public SignAgreementValidator() => RuleFor(r => r.Signatory).NotEmpty().MaximumLength(100);
}

public sealed class ReasonRequestValidator : AbstractValidator<ReasonRequest>
{
    public ReasonRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
}

public sealed class ResumeRequestValidator : AbstractValidator<ResumeRequest>
{
    public ResumeRequestValidator() => RuleFor(r => r.Note).MaximumLength(Agreement.MaxText);
}

public sealed class TerminateRequestValidator : AbstractValidator<TerminateRequest>
{
    public TerminateRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
        RuleFor(r => r.Document).NotNull().WithMessage("The terminating document (sha256 + location) is required.");
        RuleFor(r => r.Document!).SetValidator(new DocumentRequestValidator()).When(r => r.Document is not null);
    }
}
