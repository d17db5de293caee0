namespace Corridor.BuildingBlocks.Directory;

/// <summary>Organ names looked up in one batch for a view; an organ the read model does not know has no name (null).</summary>
public sealed class OrganNames(IReadOnlyDictionary<string, string> byOrganId)
{
    public static OrganNames None { get; } = new(new Dictionary<string, string>());

    public string? Of(string? organId) => organId is not null && byOrganId.TryGetValue(organId, out var name) ? name : null;
}
