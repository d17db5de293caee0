namespace Corridor.BuildingBlocks.Batches;

/// <summary>The JSON body of POST …/batch as the OpenAPI document describes it: the items, each a create/update request of the list.</summary>
public sealed record BatchBody<TRequest>(IReadOnlyList<TRequest> Items);
