using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.Gateway;

/// <summary>The gateway is ready when every service behind it answers its liveness probe.</summary>
internal sealed class DownstreamHealthCheck(RestServices services, IHttpClientFactory clients) : IHealthCheck
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var http = clients.CreateClient(nameof(DownstreamHealthCheck));
        var probes = services.All().Select(async s => (s.Name, Up: await IsLiveAsync(http, s.Address, cancellationToken)));
        var results = await Task.WhenAll(probes);
        var down = results.Where(r => !r.Up).Select(r => r.Name).ToArray();
        return down.Length == 0
            ? HealthCheckResult.Healthy($"{results.Length} services answer")
            : HealthCheckResult.Unhealthy($"Not answering: {string.Join(", ", down)}");
    }

    private static async Task<bool> IsLiveAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var response = await http.GetAsync(new Uri(address, "/health/live"), timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
