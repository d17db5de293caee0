using Corridor.BuildingBlocks.Domain;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// On the calls a service makes to another with the caller's token: when the other service refuses the caller
/// (PERMISSION_DENIED, e.g. a sync client without that service's read scope), the caller is refused here too, with
/// the same reason, instead of the call looking like an unavailable dependency.
/// </summary>
public sealed class ForwardedRefusalInterceptor : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        return new AsyncUnaryCall<TResponse>(Refused(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    private static async Task<TResponse> Refused<TResponse>(Task<TResponse> response)
    {
        try
        {
            return await response;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.PermissionDenied)
        {
            var reason = ex.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason ?? "forbidden";
            throw new ForbiddenException(reason, ex.Status.Detail);
        }
    }
}
