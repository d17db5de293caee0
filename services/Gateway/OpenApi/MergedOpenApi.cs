using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Gateway.OpenApi;

/// <summary>GET /openapi/v1.json on the gateway: the services' documents, fetched now and merged.</summary>
internal static class MergedOpenApi
{
    public const string Path = "/openapi/v1.json";

    private const string Description =
        "The REST surface of Corridor (西部陆海新通道 机关党建联席会): Lists (resource, problem and project lists), "
        + "Agreements (pairing agreements and activities) and Teams (commando teams and deployments), behind one gateway.";

    // Chinese names and descriptions stay readable instead of \uXXXX escapes; the answer is UTF-8 JSON, never HTML.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IHostApplicationBuilder AddMergedOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RestServices>();
        builder.Services.AddHttpClient(nameof(MergedOpenApi), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHttpClient(nameof(DownstreamHealthCheck));
        return builder;
    }

    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet(Path, async (RestServices services, IHttpClientFactory clients, CancellationToken cancellationToken) =>
        {
            var http = clients.CreateClient(nameof(MergedOpenApi));
            var documents = await Task.WhenAll(services.All().Select(s => FetchAsync(http, s, cancellationToken)));
            return TypedResults.Text(
                OpenApiMerger.Merge(documents, "Corridor API", Description).ToJsonString(Readable),
                "application/json; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<(string Service, JsonObject Document)> FetchAsync(HttpClient http, RestService service, CancellationToken cancellationToken)
    {
        try
        {
            var document = await http.GetFromJsonAsync<JsonObject>(new Uri(service.Address, Path), cancellationToken)
                ?? throw new InvalidDataException($"{service.Name} answered an empty OpenAPI document.");
            return (service.Name, document);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The whole surface or nothing: a document missing one service would mislead its readers.
            throw new DependencyUnavailableException(service.Name, ex);
        }
    }
}
