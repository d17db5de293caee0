using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>
/// Validates the project content a command carries with the rules of the REST body (<see cref="CreateProjectValidator"/>),
/// reporting the same field names (Title, Partners[0].OrganId...) rather than ones prefixed by the command's property,
/// together with the values an adapter could not read (<see cref="IProjectContentCommand.MalformedFields"/>).
/// </summary>
internal abstract class ProjectContentRules<TCommand> : AbstractValidator<TCommand>
    where TCommand : IProjectContentCommand
{
    private static readonly CreateProjectValidator Content = new();

    public override ValidationResult Validate(ValidationContext<TCommand> context) =>
        Merge(context.InstanceToValidate, Content.Validate(context.InstanceToValidate.Content), base.Validate(context));

    public override async Task<ValidationResult> ValidateAsync(ValidationContext<TCommand> context, CancellationToken cancellation = default) =>
        Merge(context.InstanceToValidate, await Content.ValidateAsync(context.InstanceToValidate.Content, cancellation), await base.ValidateAsync(context, cancellation));

    private static ValidationResult Merge(TCommand command, ValidationResult content, ValidationResult own) =>
        new(command.MalformedFields.Concat(content.Errors).Concat(own.Errors));
}

/// <summary>A command carrying project content.</summary>
public interface IProjectContentCommand
{
    CreateProjectRequest Content { get; }

    /// <summary>Values the adapter could not read (gRPC strings that are no date or number), reported with the content's rule failures.</summary>
    IReadOnlyList<ValidationFailure> MalformedFields { get; }
}
