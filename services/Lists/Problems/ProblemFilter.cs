using Corridor.BuildingBlocks.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Problems;

/// <summary>List filters shared by REST and gRPC. Region and organ match either side: the raiser or the handler.</summary>
public sealed record ProblemFilter(
    string? Region, string? Organ, string? Category, string? Status, string? Severity, bool? Overdue, string? Q, string? Cursor, int? Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Checks the values and answers 400 naming every bad field.</summary>
    public void Validate()
    {
        var failures = new List<ValidationFailure>();
        if (Category is not null && !EnumNames.Is<ProblemCategory>(Category))
        {
            failures.Add(new(nameof(Category), $"Category must be one of {EnumNames.List<ProblemCategory>()}."));
        }

        if (Status is not null && !EnumNames.Is<ProblemStatus>(Status))
        {
            failures.Add(new(nameof(Status), $"Status must be one of {EnumNames.List<ProblemStatus>()}."));
        }

        if (Severity is not null && !EnumNames.Is<ProblemSeverity>(Severity))
        {
            failures.Add(new(nameof(Severity), $"Severity must be one of {EnumNames.List<ProblemSeverity>()}."));
        }

        if (Limit is < 1 or > MaxLimit)
        {
            failures.Add(new(nameof(Limit), $"Limit must be between 1 and {MaxLimit}."));
        }

        if (Q is { Length: > 200 })
        {
            failures.Add(new(nameof(Q), "The search text is at most 200 characters."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
