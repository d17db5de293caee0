using FluentValidation;

namespace Corridor.Teams.Teams.Deployments;

public sealed record EndDeploymentRequest(DateOnly? EndedOn, string? Reason);

public sealed record OutcomeRequest(string? Text);

public sealed record CreditProblemRequest(Guid? ProblemId, Guid? DeploymentId, string? Note);

public sealed class EndDeploymentValidator : AbstractValidator<EndDeploymentRequest>
{
    public EndDeploymentValidator()
    {
        RuleFor(r => r.EndedOn).NotNull();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Team.MaxText);
    }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeRequest>
{
    public OutcomeValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(Team.MaxText);
}

public sealed class CreditProblemValidator : AbstractValidator<CreditProblemRequest>
{
    public CreditProblemValidator()
    {
        RuleFor(r => r.ProblemId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.DeploymentId).NotEqual(Guid.Empty);
        RuleFor(r => r.Note).MaximumLength(Team.MaxText);
    }
}
