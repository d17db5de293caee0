namespace Corridor.Lists.Resources;

public sealed record ResourcePage(IReadOnlyList<ResourceResponse> Items, string? NextCursor);
