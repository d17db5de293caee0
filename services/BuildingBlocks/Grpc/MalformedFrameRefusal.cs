using System.IO.Pipelines;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// A gRPC request body whose framing is wrong (it ends inside a message, a prefix has an unknown compression flag, a
/// unary or server-streaming call carries no message or several) is the caller's error: INVALID_ARGUMENT. Grpc.AspNetCore
/// reads the frames itself before any marshaller or interceptor runs, and answers INTERNAL ("Incomplete message.",
/// "Additional data after the message received.") or UNKNOWN; it offers no hook there, so the body of every gRPC call is
/// read through <see cref="FrameCheckingPipeReader"/>, which refuses such a body first.
/// </summary>
public static class MalformedFrameRefusal
{
    /// <summary>Needs the endpoint chosen (routing runs first: WebApplication's implicit UseRouting, or an explicit one).</summary>
    public static IApplicationBuilder UseMalformedFrameRefusal(this IApplicationBuilder app)
    {
        // Corridor sets no per-service limit, so the global one is the limit Grpc.AspNetCore applies.
        var maxMessageSize = app.ApplicationServices.GetRequiredService<IOptions<GrpcServiceOptions>>().Value.MaxReceiveMessageSize;
        return app.Use((http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc && http.Features.Get<IRequestBodyPipeFeature>() is { } body)
            {
                var singleMessage = grpc.Method.Type is MethodType.Unary or MethodType.ServerStreaming;
                http.Features.Set<IRequestBodyPipeFeature>(new CheckedBody(new FrameCheckingPipeReader(body.Reader, singleMessage, maxMessageSize)));
            }

            return next(http);
        });
    }

    private sealed class CheckedBody(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }
}
