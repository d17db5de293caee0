using FluentValidation;

namespace Corridor.Lists.Projects.Execution;

/// <summary>StartedOn defaults to today (UTC).</summary>
public sealed record StartExecutionRequest(DateOnly? StartedOn);

public sealed record MilestoneProgressRequest(int? Percent, string? Note);

/// <summary>CompletedOn defaults to today (UTC).</summary>
public sealed record CompleteProjectRequest(DateOnly? CompletedOn);

public sealed record CancelProjectRequest(string? Reason);

public sealed class MilestoneProgressValidator : AbstractValidator<MilestoneProgressRequest>
{
    public MilestoneProgressValidator()
    {
        RuleFor(r => r.Percent).NotNull().InclusiveBetween(0, 100).WithMessage("Percent is a whole number from 0 to 100.");
        RuleFor(r => r.Note).MaximumLength(4000);
    }
}

public sealed class CancelProjectValidator : AbstractValidator<CancelProjectRequest>
{
    public CancelProjectValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000).WithMessage("A cancellation needs a reason (at most 4000 characters).");
}
