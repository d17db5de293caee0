namespace Corridor.Lists.Resources;

/// <summary>Filters shared by the REST list and the gRPC ListResources.</summary>
public sealed record ResourceFilter(
    string? Region = null,
    string? Organ = null,
    ResourceCategory? Category = null,
    ResourceStatus? Status = null,
    DateOnly? AvailableOn = null,
    string? Text = null);
