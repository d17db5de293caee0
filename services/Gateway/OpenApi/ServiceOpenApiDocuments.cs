using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Gateway.OpenApi;

/// <summary>Where the merged document's parts come from: each service's own OpenAPI document.</summary>
internal interface IServiceOpenApiDocuments
{
    IReadOnlyList<string> Services();

    /// <summary>The service's current document; <see cref="DependencyUnavailableException"/> when it does not answer.</summary>
    Task<JsonObject> FetchAsync(string service, CancellationToken cancellationToken);
}

/// <summary>The documents the services behind the gateway serve at /openapi/v1.json.</summary>
internal sealed class DownstreamOpenApiDocuments(RestServices services, IHttpClientFactory clients) : IServiceOpenApiDocuments
{
    public IReadOnlyList<string> Services() => services.All().Select(s => s.Name).ToList();

    public async Task<JsonObject> FetchAsync(string service, CancellationToken cancellationToken)
    {
        var address = services.All().FirstOrDefault(s => s.Name == service)?.Address
            ?? throw new InvalidOperationException($"No REST cluster names the service '{service}'.");
        try
        {
            return await clients.CreateClient(nameof(MergedOpenApi)).GetFromJsonAsync<JsonObject>(new Uri(address, MergedOpenApi.Path), cancellationToken)
                ?? throw new InvalidDataException($"{service} answered an empty OpenAPI document.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new DependencyUnavailableException(service, ex);
        }
    }
}
