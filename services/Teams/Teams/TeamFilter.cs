using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Teams.Teams;

/// <summary>List filters shared by REST and gRPC.</summary>
public sealed record TeamFilter(string? Kind, string? Region, string? Status, Guid? ProjectId, string? Q, string? Cursor, int? Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Checks the values and answers 400 naming every bad field.</summary>
    public void Validate()
    {
        var failures = new List<ValidationFailure>();
        if (Kind is not null && !EnumNames.Is<TeamKind>(Kind))
        {
            failures.Add(new(nameof(Kind), $"Kind must be one of {EnumNames.List<TeamKind>()}."));
        }

        if (Status is not null && !EnumNames.Is<TeamStatus>(Status))
        {
            failures.Add(new(nameof(Status), $"Status must be one of {EnumNames.List<TeamStatus>()}."));
        }

        if (Region is not null && !CorridorRegions.IsMember(Region))
        {
            failures.Add(new(nameof(Region), "Region must be the GB/T 2260 code of a corridor member region."));
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
