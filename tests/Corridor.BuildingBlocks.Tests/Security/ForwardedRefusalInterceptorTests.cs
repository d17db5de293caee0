using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using GrpcStatus = Grpc.Core.Status;

namespace Corridor.BuildingBlocks.Tests.Security;

public sealed class ForwardedRefusalInterceptorTests
{
    private static readonly Method<string, string> Method = new(
        MethodType.Unary, "corridor.test.v1.Test", "Call", Marshallers.StringMarshaller, Marshallers.StringMarshaller);

    [Fact]
    public async Task Another_service_refusing_the_caller_refuses_the_caller_here_with_the_same_reason()
    {
        var refusal = new Google.Rpc.Status
        {
            Code = (int)Code.PermissionDenied,
            Message = "This client's token does not grant the scope 'lists.read' that this call requires.",
            Details = { Any.Pack(new ErrorInfo { Reason = ScopeMissing.Code, Domain = "corridor" }) },
        }.ToRpcException();

        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => CallAsync(refusal));

        Assert.Equal(ScopeMissing.Code, forbidden.Code);
        Assert.Contains("lists.read", forbidden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_failures_stay_what_they_are()
    {
        var unavailable = new RpcException(new GrpcStatus(StatusCode.Unavailable, "down"));

        Assert.Same(unavailable, await Assert.ThrowsAsync<RpcException>(() => CallAsync(unavailable)));
        Assert.Equal("ok", await CallAsync(null));
    }

    private static Task<string> CallAsync(RpcException? failure)
    {
        var call = new ForwardedRefusalInterceptor().AsyncUnaryCall(
            "request",
            new ClientInterceptorContext<string, string>(Method, null, new CallOptions()),
            (_, _) => new AsyncUnaryCall<string>(
                failure is null ? Task.FromResult("ok") : Task.FromException<string>(failure),
                Task.FromResult(new Metadata()),
                () => GrpcStatus.DefaultSuccess,
                () => new Metadata(),
                () => { }));
        return call.ResponseAsync;
    }
}
