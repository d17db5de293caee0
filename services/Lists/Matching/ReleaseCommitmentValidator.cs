using FluentValidation;

namespace Corridor.Lists.Matching;

public sealed class ReleaseCommitmentValidator : AbstractValidator<ReleaseCommitmentRequest>
{
    public ReleaseCommitmentValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Match.MaxReason);
    }
}
