using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Corridor.Identity.Throttling;

/// <summary>Counts every token response that OpenIddict answers with invalid_client: a wrong secret, an unknown client.</summary>
internal sealed class CountClientAuthenticationFailures(ClientAuthenticationThrottle throttle) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseSingletonHandler<CountClientAuthenticationFailures>()
        .SetOrder(int.MinValue + 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Response.Error == Errors.InvalidClient)
        {
            throttle.RecordFailure(context.Request?.ClientId, context.Transaction.GetHttpRequest()?.HttpContext.Connection.RemoteIpAddress);
        }

        return default;
    }
}
