using Microsoft.AspNetCore.Builder;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Web;

/// <summary>
/// On every response: <c>X-Content-Type-Options: nosniff</c>, so a browser never reads an answer as another type than
/// it says; and <c>Cache-Control: no-store</c> unless the endpoint set its own caching, because API answers carry
/// one caller's data (regional records, tokens) that no shared or browser cache may keep.
/// </summary>
public static class SecurityResponseHeaders
{
    public const string NoSniff = "nosniff";
    public const string NoStore = "no-store";

    /// <summary>First in the pipeline, so error answers (exception handler, status pages, 429s) get the headers too.</summary>
    public static IApplicationBuilder UseSecurityResponseHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = NoSniff;
                if (!headers.ContainsKey(HeaderNames.CacheControl))
                {
                    headers.CacheControl = NoStore;
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
