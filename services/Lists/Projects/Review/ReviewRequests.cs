using Corridor.BuildingBlocks.Reference;
using FluentValidation;

namespace Corridor.Lists.Projects.Review;

/// <summary>
/// Approves the named revision. The secretariat records the approval of an absent coordinator by naming
/// OnBehalfOfRegion and a Reason; the approval is then marked as on behalf.
/// </summary>
public sealed record ApproveProjectRequest(int? Revision, string? OnBehalfOfRegion = null, string? Reason = null);

public sealed record SendBackRequest(int? Revision, string? Comments);

public sealed record RejectProjectRequest(int? Revision, string? Reason);

public sealed class ApproveProjectValidator : AbstractValidator<ApproveProjectRequest>
{
    public ApproveProjectValidator()
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.OnBehalfOfRegion).Must(CorridorRegions.IsMember).When(r => r.OnBehalfOfRegion is not null)
            .WithMessage("OnBehalfOfRegion must be the GB/T 2260 code of a corridor member region.");
        RuleFor(r => r.Reason).NotEmpty().When(r => r.OnBehalfOfRegion is not null)
            .WithMessage("Say why the coordinator cannot approve in person.");
        RuleFor(r => r.Reason).MaximumLength(4000);
    }
}

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
