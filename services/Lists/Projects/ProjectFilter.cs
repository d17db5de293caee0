using Corridor.BuildingBlocks.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects;

/// <summary>List filters shared by REST and gRPC. Region matches the lead's or any partner's region; Flagged: linked to an agreement that is not Active.</summary>
public sealed record ProjectFilter(string? Status, string? Region, Guid? Agreement, string? Category, bool? Flagged, string? Q, string? Cursor, int? Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public void Validate()
    {
        var failures = new List<ValidationFailure>();
        if (Status is not null && !EnumNames.Is<ProjectStatus>(Status))
        {
            failures.Add(new(nameof(Status), $"Status must be one of {EnumNames.List<ProjectStatus>()}."));
        }

        if (Category is not null && !EnumNames.Is<ProjectCategory>(Category))
        {
            failures.Add(new(nameof(Category), $"Category must be one of {EnumNames.List<ProjectCategory>()}."));
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
