namespace Corridor.BuildingBlocks.Domain;

public sealed class NotFoundException(string resource, string id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;

    public string ResourceId { get; } = id;
}
