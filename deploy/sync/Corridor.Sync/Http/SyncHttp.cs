using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Sync.Http;

/// <summary>
/// The HTTP client of one run, from IHttpClientFactory: the resilience handler (<see cref="SyncResilience"/>) over a
/// handler that reads each answer whole, over the network (or <c>primary</c>, for tests).
/// </summary>
public sealed class SyncHttp : IDisposable
{
    public const string ClientName = "corridor-sync";

    private readonly ServiceProvider _services;

    public SyncHttp(RetryPolicy retry, TimeSpan attemptTimeout, TimeProvider clock, Action<string> warn, HttpMessageHandler? primary = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        var client = services.AddHttpClient(ClientName, http =>
        {
            // Each attempt has its own timeout in the pipeline; HttpClient's would bound all attempts together.
            http.Timeout = Timeout.InfiniteTimeSpan;
            http.DefaultRequestHeaders.UserAgent.ParseAdd("corridor-sync/1.0");
        });
        client.AddResilienceHandler(SyncResilience.PipelineName, pipeline => SyncResilience.Configure(pipeline, retry, attemptTimeout, clock, warn));
        client.AddHttpMessageHandler(() => new ResponseBufferingHandler());
        if (primary is not null)
        {
            client.ConfigurePrimaryHttpMessageHandler(() => primary);
        }

        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _services.Dispose();
    }
}
