namespace Corridor.Lists.Resources;

/// <summary>
/// The content of a resource as a region submits it (REST, batch or spreadsheet row), already validated
/// by <see cref="ResourceRequestValidator"/>.
/// </summary>
public sealed record ResourceInput(
    string Title,
    string Description,
    ResourceCategory Category,
    decimal Capacity,
    string Unit,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string? ExternalReference);
