using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>
/// Validates the project content a command carries with the rules of the REST body (<see cref="CreateProjectValidator"/>),
/// reporting the same field names (Title, Partners[0].OrganId...) rather than ones prefixed by the command's property.
/// </summary>
internal abstract class ProjectContentRules<TCommand>(Func<TCommand, CreateProjectRequest> content) : AbstractValidator<TCommand>
{
    private static readonly CreateProjectValidator Content = new();

    public override ValidationResult Validate(ValidationContext<TCommand> context) =>
        Merge(Content.Validate(content(context.InstanceToValidate)), base.Validate(context));

    public override async Task<ValidationResult> ValidateAsync(ValidationContext<TCommand> context, CancellationToken cancellation = default) =>
        Merge(await Content.ValidateAsync(content(context.InstanceToValidate), cancellation), await base.ValidateAsync(context, cancellation));

    private static ValidationResult Merge(ValidationResult content, ValidationResult own) => new(content.Errors.Concat(own.Errors));
}
