using Corridor.BuildingBlocks.OpenApi;

namespace Corridor.Gateway.OpenApi;

/// <summary>GET /openapi/v1.json on the gateway: the services' documents merged (kept and refreshed by <see cref="MergedOpenApiCache"/>); /scalar renders it.</summary>
internal static class MergedOpenApi
{
    public const string Path = "/openapi/v1.json";

    /// <summary>Names the services whose part is their last good document because they did not answer the last refresh.</summary>
    public const string StaleHeader = "Corridor-OpenApi-Stale";

    public static IHostApplicationBuilder AddMergedOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RestServices>();
        builder.Services.AddHttpClient(nameof(MergedOpenApi), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHttpClient(nameof(DownstreamHealthCheck));
        builder.Services.Configure<MergedOpenApiOptions>(builder.Configuration.GetSection(MergedOpenApiOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IServiceOpenApiDocuments, DownstreamOpenApiDocuments>();
        builder.Services.AddSingleton<MergedOpenApiCache>();
        return builder;
    }

    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet(Path, async (HttpContext http, MergedOpenApiCache cache, CancellationToken cancellationToken) =>
        {
            var snapshot = await cache.GetAsync(cancellationToken);
            http.Response.Headers.ETag = snapshot.ETag;
            if (snapshot.Stale.Count > 0)
            {
                http.Response.Headers[StaleHeader] = string.Join(", ", snapshot.Stale.Select(s => $"{s.Service} (as of {s.FetchedAt:O})"));
            }

            return http.Request.Headers.IfNoneMatch.ToString() == snapshot.ETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : TypedResults.Text(snapshot.Json, "application/json; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapApiReference(MergedOpenApiCache.Title, Path);
        return app;
    }
}
