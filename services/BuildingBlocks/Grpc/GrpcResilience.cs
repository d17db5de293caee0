using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>Retries (gRPC service config) and a circuit breaker (HttpClient pipeline) for a client to another service.</summary>
internal static class GrpcResilience
{
    /// <summary>
    /// Retries UNAVAILABLE only: the peer did not take the call (no connection, shutting down), so asking again
    /// cannot apply anything twice. Grpc.Net.Client keeps every attempt inside the caller's deadline.
    /// </summary>
    public static ServiceConfig RetryingServiceConfig(ServiceResilienceOptions options) => new()
    {
        MethodConfigs =
        {
            new MethodConfig
            {
                Names = { MethodName.Default },
                RetryPolicy = new RetryPolicy
                {
                    MaxAttempts = options.RetryMaxAttempts,
                    InitialBackoff = options.RetryInitialBackoff,
                    MaxBackoff = options.RetryMaxBackoff,
                    BackoffMultiplier = 2,
                    RetryableStatusCodes = { StatusCode.Unavailable },
                },
            },
        },
    };

    /// <summary>
    /// The breaker sits on the HttpClient under the channel, so it sees every attempt: connection failures
    /// (HttpRequestException), 5xx from a proxy, and attempts cut off unanswered (the caller's deadline cancels the
    /// request; a hung peer shows only that way, and a timeout of its own would give up before the caller's deadline).
    /// Open, it throws before any connection is tried, which the client reports as an RpcException the callers turn
    /// into 503 dependency-unavailable at once.
    /// </summary>
    public static IHttpClientBuilder AddPeerCircuitBreaker(this IHttpClientBuilder client, ServiceResilienceOptions options)
    {
        client.AddResilienceHandler("peer-breaker", pipeline => pipeline
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) || args.Outcome.Exception is OperationCanceledException),
            }));
        return client;
    }
}
