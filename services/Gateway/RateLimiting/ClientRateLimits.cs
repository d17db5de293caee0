using System.Threading.RateLimiting;

namespace Corridor.Gateway.RateLimiting;

/// <summary>One fixed window per caller (<see cref="RateLimitedCaller"/>); refusals are answered by <see cref="RateLimitRejection"/>.</summary>
internal static class ClientRateLimits
{
    public const string Policy = "per-client";

    public static IHostApplicationBuilder AddClientRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ClientRateLimitOptions.Section).Get<ClientRateLimitOptions>() ?? new ClientRateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(RateLimitedCaller.Of(http), caller => new FixedWindowRateLimiterOptions
            {
                PermitLimit = caller.Kind == RateLimitedCaller.Address ? options.PermitsPerWindow : options.PermitsFor(caller.Id),
                Window = options.Window,
                QueueLimit = 0,
            }));
            limiter.OnRejected = RateLimitRejection.RejectAsync;
        });
        return builder;
    }
}
