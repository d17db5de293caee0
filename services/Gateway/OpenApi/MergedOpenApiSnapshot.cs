namespace Corridor.Gateway.OpenApi;

/// <summary>
/// One merged document as served: its JSON text and entity tag, when it was last refreshed, and the services
/// whose part is their last good document because they did not answer that refresh.
/// </summary>
internal sealed record MergedOpenApiSnapshot(string Json, string ETag, DateTimeOffset RefreshedAt, IReadOnlyList<StaleServiceDocument> Stale);

/// <summary>A service that did not answer, and when its document (still in the merged one) was last fetched.</summary>
internal sealed record StaleServiceDocument(string Service, DateTimeOffset FetchedAt);
