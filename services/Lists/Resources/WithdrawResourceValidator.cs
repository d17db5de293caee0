using FluentValidation;

namespace Corridor.Lists.Resources;

public sealed class WithdrawResourceValidator : AbstractValidator<WithdrawResourceRequest>
{
    public WithdrawResourceValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
    }
}
