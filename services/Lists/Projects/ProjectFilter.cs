using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Projects;

/// <summary>
/// List filters (validated by <see cref="Queries.ListProjectsValidator"/>). Region matches the lead's or any partner's
/// region; Flagged: linked to an agreement that is not Active.
/// </summary>
public sealed record ProjectFilter(string? Status, string? Region, Guid? Agreement, string? Category, bool? Flagged, string? Q, string? Cursor, int? Limit)
{
    public const int DefaultLimit = ListFilter.DefaultLimit;
    public const int MaxLimit = ListFilter.MaxLimit;
}
