using FluentValidation;

namespace Corridor.Lists.Matching;

public sealed class DeclineMatchValidator : AbstractValidator<DeclineMatchRequest>
{
    public DeclineMatchValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Match.MaxReason);
    }
}
