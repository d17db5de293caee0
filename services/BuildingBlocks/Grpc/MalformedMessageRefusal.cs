using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// A request body that is not a valid message of its method (garbage, truncated or overlong fields, bad varints,
/// invalid UTF-8, nesting past the recursion limit) is the caller's error: INVALID_ARGUMENT. Grpc.AspNetCore
/// deserialises before any interceptor runs and answers UNKNOWN with an error log for whatever the marshaller
/// throws, so the services are bound with request marshallers that throw an <see cref="RpcException"/> instead.
/// </summary>
public static class MalformedMessageRefusal
{
    public const string Message = "The request message is not valid for this method";

    /// <summary>Binds every gRPC service through <see cref="RefusingBinderServiceMethodProvider{TService}"/> in place of Grpc.AspNetCore's own binder.</summary>
    public static IServiceCollection AddMalformedMessageRefusal(this IServiceCollection services)
    {
        var builtIn = services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>)
            && d.ImplementationType is { IsGenericTypeDefinition: true, Name: "BinderServiceMethodProvider`1" }).ToArray();
        if (builtIn.Length != 1)
        {
            // Both binders would map every method twice; without the built-in one found, refuse to start rather than guess.
            throw new InvalidOperationException("AddMalformedMessageRefusal must follow AddGrpc, whose binder it replaces.");
        }

        services.Remove(builtIn[0]);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(RefusingBinderServiceMethodProvider<>));
        return services;
    }

    /// <summary><paramref name="method"/> with a request deserialiser that refuses a malformed message as INVALID_ARGUMENT.</summary>
    public static Method<TRequest, TResponse> Refusing<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class
    {
        var requests = method.RequestMarshaller;
        var refusing = Marshallers.Create(requests.ContextualSerializer, context =>
        {
            try
            {
                return requests.ContextualDeserializer(context);
            }
            catch (InvalidProtocolBufferException malformed)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"{Message}: {malformed.Message}"));
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, refusing, method.ResponseMarshaller);
    }
}
