using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// Grpc.AspNetCore's binding of a generated service (its BindService method named by [BindServiceMethod]), each
/// method bound with the request marshaller of <see cref="MalformedMessageRefusal.Refusing{TRequest, TResponse}"/>;
/// the handlers and their metadata are found as the built-in binder finds them.
/// </summary>
public sealed class RefusingBinderServiceMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } bind)
            {
                var method = bind.BindType.GetMethod(bind.BindMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ServiceBinderBase), type])
                    ?? throw new InvalidOperationException($"{bind.BindType} has no {bind.BindMethodName}(ServiceBinderBase, {type}).");
                method.Invoke(null, [new Binder(context, type), null]);
                return;
            }
        }
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context, Type serviceBase) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(
                MalformedMessageRefusal.Refusing(method), Metadata(method.Name, [typeof(TRequest), typeof(ServerCallContext)], out var found),
                (UnaryServerMethod<TService, TRequest, TResponse>)Delegate.CreateDelegate(typeof(UnaryServerMethod<TService, TRequest, TResponse>), found));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(
                MalformedMessageRefusal.Refusing(method), Metadata(method.Name, [typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)], out var found),
                (ServerStreamingServerMethod<TService, TRequest, TResponse>)Delegate.CreateDelegate(typeof(ServerStreamingServerMethod<TService, TRequest, TResponse>), found));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(
                MalformedMessageRefusal.Refusing(method), Metadata(method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)], out var found),
                (ClientStreamingServerMethod<TService, TRequest, TResponse>)Delegate.CreateDelegate(typeof(ClientStreamingServerMethod<TService, TRequest, TResponse>), found));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(
                MalformedMessageRefusal.Refusing(method),
                Metadata(method.Name, [typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)], out var found),
                (DuplexStreamingServerMethod<TService, TRequest, TResponse>)Delegate.CreateDelegate(typeof(DuplexStreamingServerMethod<TService, TRequest, TResponse>), found));

        /// <summary>The override of the generated base's method, and the endpoint metadata: the service's attributes, then the method's, then POST.</summary>
        private List<object> Metadata(string name, Type[] parameters, out MethodInfo handler)
        {
            handler = Override(name, parameters) ?? throw new InvalidOperationException($"Could not find '{name}' on {typeof(TService)}.");
            var metadata = new List<object>();
            metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
            metadata.AddRange(handler.GetCustomAttributes(inherit: true));
            metadata.Add(new HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
            return metadata;
        }

        private MethodInfo? Override(string name, Type[] parameters)
        {
            for (var type = typeof(TService); type is not null; type = type.BaseType)
            {
                var candidate = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters);
                if (candidate is null)
                {
                    return null;
                }

                // A method hiding the generated one is not its implementation; keep looking down the hierarchy.
                if (candidate.IsVirtual && candidate.GetBaseDefinition().DeclaringType == serviceBase)
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
