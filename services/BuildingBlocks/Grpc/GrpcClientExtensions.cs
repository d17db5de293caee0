using Corridor.BuildingBlocks.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A typed gRPC client for another service at Services:{name}:Grpc. The caller's bearer token is
    /// forwarded, so the other service applies the same caller's rights. Calls are retried on UNAVAILABLE and
    /// pass a circuit breaker per client (<see cref="ServiceResilienceOptions"/>).
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string serviceName)
        where TClient : class
    {
        var address = builder.Configuration[$"Services:{serviceName}:Grpc"]
            ?? throw new InvalidOperationException($"Configure Services:{serviceName}:Grpc (the {serviceName} service's gRPC address).");

        var resilience = builder.Configuration.GetSection(ServiceResilienceOptions.Section).Get<ServiceResilienceOptions>()
            ?? new ServiceResilienceOptions();

        return builder.Services
            .AddGrpcClient<TClient>(o => o.Address = new Uri(address))
            .AddInterceptor(() => new ForwardedRefusalInterceptor())
            .AddCallCredentials((_, metadata, services) =>
            {
                var authorization = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("Authorization", authorization);
                }

                return Task.CompletedTask;
            })
            // Services talk h2c on loopback / inside the cluster network; TLS terminates at the gateway.
            .ConfigureChannel(o =>
            {
                o.UnsafeUseInsecureChannelCallCredentials = true;
                o.ServiceConfig = GrpcResilience.RetryingServiceConfig(resilience);
            })
            .AddPeerCircuitBreaker(resilience);
    }

    /// <summary>True when the failure means "the other service could not answer", not "it answered no".</summary>
    public static bool IsTransient(this RpcException exception) =>
        exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Internal or StatusCode.Unknown;
}
