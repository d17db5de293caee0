using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Corridor.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.Throttling;

/// <summary>
/// In front of OpenIddict: a token request naming a throttled client, or from a throttled address, is answered
/// 429 with Retry-After and an OAuth error body before any secret is checked (ADR 0016).
/// </summary>
internal static class ClientAuthenticationThrottling
{
    public static IApplicationBuilder UseClientAuthenticationThrottling(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            var throttle = http.RequestServices.GetRequiredService<ClientAuthenticationThrottle>();
            var wait = throttle.ThrottledFor(await ClientIdOfAsync(http.Request), http.Connection.RemoteIpAddress);
            if (wait is { } retryAfter)
            {
                await RefuseAsync(http.Response, retryAfter);
                return;
            }
        }

        await next(http);
    });

    // Where OpenIddict reads it: HTTP Basic credentials (client_secret_basic), else the form (client_secret_post).
    private static async Task<string?> ClientIdOfAsync(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            var bytes = new byte[parameter.Length];
            if (Convert.TryFromBase64String(parameter, bytes, out var length))
            {
                var credentials = Encoding.UTF8.GetString(bytes, 0, length);
                var colon = credentials.IndexOf(':', StringComparison.Ordinal);
                return Uri.UnescapeDataString(colon < 0 ? credentials : credentials[..colon]);
            }
        }

        return request.HasFormContentType ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))[Parameters.ClientId].ToString() : null;
    }

    private static Task RefuseAsync(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        return response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            [Parameters.Error] = Errors.InvalidClient,
            [Parameters.ErrorDescription] = $"Too many failed client authentications for this client or address; retry after {seconds} s.",
        });
    }
}
