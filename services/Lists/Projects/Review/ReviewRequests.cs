using FluentValidation;

namespace Corridor.Lists.Projects.Review;

/// <summary>The body of <see cref="ApproveProject"/>: the revision reviewed, and for the secretariat acting for an absent coordinator, the region and why.</summary>
public sealed record ApproveProjectRequest(int? Revision, string? OnBehalfOfRegion = null, string? Reason = null);

public sealed record SendBackRequest(int? Revision, string? Comments);

public sealed record RejectProjectRequest(int? Revision, string? Reason);

public sealed class SendBackValidator : AbstractValidator<SendBackRequest>
{
    public SendBackValidator()
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.Comments).NotEmpty().MaximumLength(4000).WithMessage("Say what has to change (at most 4000 characters).");
    }
}

public sealed class RejectProjectValidator : AbstractValidator<RejectProjectRequest>
{
    public RejectProjectValidator()
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000).WithMessage("A rejection needs a reason (at most 4000 characters).");
    }
}
