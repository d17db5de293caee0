using FluentValidation;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Hands the pen to another participating region (or back to the lead's).</summary>
public sealed record HandPenRequest(string? RegionCode);

public sealed class HandPenValidator : AbstractValidator<HandPenRequest>
{
    public HandPenValidator() => RuleFor(r => r.RegionCode).NotEmpty().Length(6).WithMessage("RegionCode is the GB/T 2260 code of a participating region.");
}
