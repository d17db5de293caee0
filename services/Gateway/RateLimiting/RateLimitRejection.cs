using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Corridor.Gateway.RateLimiting;

/// <summary>
/// The answer to a refused request. REST: 429 problem+json with Retry-After. gRPC: a trailers-only response with
/// RESOURCE_EXHAUSTED, because gRPC clients read a bare HTTP 429 as UNAVAILABLE and retry at once.
/// </summary>
internal static class RateLimitRejection
{
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = $"This caller has used its requests for the current window; retry after {seconds} s.";
        if (IsGrpc(http.Request))
        {
            RejectGrpc(http.Response, detail, seconds);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = detail,
            Extensions = { ["code"] = "rate-limited", ["retryAfterSeconds"] = seconds },
        };
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    // Status in the headers and no body: the trailers-only form gRPC uses for a call that fails before any message.
    // grpc-retry-pushback-ms is gRPC's own hint of when to retry (gRFC A6).
    private static void RejectGrpc(HttpResponse response, string detail, int seconds)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)Grpc.Core.StatusCode.ResourceExhausted).ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = detail;
        response.Headers["grpc-retry-pushback-ms"] = (seconds * 1000L).ToString(CultureInfo.InvariantCulture);
    }
}
