namespace Corridor.Lists.Resources;

/// <summary>A resource as it arrives over the wire or from a batch row, before validation.</summary>
public sealed record ResourceRequest(
    string? Title,
    string? Description,
    string? Category,
    decimal? Capacity,
    string? Unit,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? ExternalReference) : IResourceContent
{
    /// <summary>Only after <see cref="ResourceRequestValidator"/> accepted the request.</summary>
    public ResourceInput ToInput() => new(
        Title!.Trim(),
        Description?.Trim() ?? "",
        ResourceCategories.Parse(Category!)!.Value,
        Capacity!.Value,
        Unit!.Trim(),
        ValidFrom!.Value,
        ValidTo!.Value,
        string.IsNullOrWhiteSpace(ExternalReference) ? null : ExternalReference.Trim());
}
