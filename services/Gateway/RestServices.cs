using Yarp.ReverseProxy.Configuration;

namespace Corridor.Gateway;

/// <summary>A service behind the gateway, by the REST cluster that reaches it.</summary>
internal sealed record RestService(string Name, Uri Address);

/// <summary>
/// The services behind the gateway, read from the proxy's own configuration (clusters with metadata
/// Kind = rest), so routes, health and the merged OpenAPI document never disagree about addresses.
/// </summary>
internal sealed class RestServices(IProxyConfigProvider proxyConfig)
{
    public IReadOnlyList<RestService> All() =>
        proxyConfig.GetConfig().Clusters
            .Where(c => c.Metadata?.GetValueOrDefault("Kind") == "rest")
            .Select(c => new RestService(
                c.Metadata!.GetValueOrDefault("Service") ?? c.ClusterId,
                new Uri(c.Destinations?.Values.FirstOrDefault()?.Address
                    ?? throw new InvalidOperationException($"The cluster '{c.ClusterId}' has no destination."))))
            .ToList();
}
