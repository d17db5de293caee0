using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Corridor.BuildingBlocks.OpenApi;

/// <summary>The Scalar API reference (an HTML page that renders an OpenAPI document and can try its calls).</summary>
public static class ApiReference
{
    public const string Path = "/scalar";

    /// <summary>Serves the reference at /scalar for the OpenAPI document at <paramref name="documentPath"/>; the page itself needs no token.</summary>
    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder endpoints, string title, string documentPath) =>
        endpoints.MapScalarApiReference(Path, options => options
                .WithTitle(title)
                .WithOpenApiRoutePattern(documentPath))
            .AllowAnonymous();
}
