using FluentValidation;

namespace Corridor.Lists.Matching;

public sealed class ProposeMatchValidator : AbstractValidator<ProposeMatchRequest>
{
    public ProposeMatchValidator()
    {
        RuleFor(r => r.ProblemId).NotEmpty();
        RuleFor(r => r.ResourceId).NotEmpty();
    }
}
