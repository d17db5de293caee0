using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Corridor.Gateway.RateLimiting;

/// <summary>One fixed window per client; a refused request is 429 problem+json with Retry-After.</summary>
internal static class ClientRateLimits
{
    public const string Policy = "per-client";

    public static IHostApplicationBuilder AddClientRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ClientRateLimitOptions.Section).Get<ClientRateLimitOptions>() ?? new ClientRateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http =>
            {
                var client = ClientOf(http);
                return RateLimitPartition.GetFixedWindowLimiter(client, key => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsFor(key),
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>The client a request counts against: its token's client, else its subject, else its address.</summary>
    public static string ClientOf(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var client = user.FindFirstValue("client_id") ?? user.FindFirstValue("azp") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
            if (!string.IsNullOrEmpty(client))
            {
                return client;
            }
        }

        return $"anonymous:{http.Connection.RemoteIpAddress}";
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = $"This client has used its requests for the current window; retry after {seconds} s.",
            Extensions = { ["code"] = "rate-limited", ["retryAfterSeconds"] = seconds },
        };
        await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
