using Corridor.SystemTests.Authorization;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>
/// Every gRPC port (the three services' and the gateway's own) lists its services by reflection and answers the
/// standard health check, without a token; a method nobody serves is UNIMPLEMENTED, whoever asks.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class GrpcSelfDescriptionTests(SharedRabbitMq rabbitMq)
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    [SkippableFact]
    public async Task Each_gRPC_port_lists_its_services_by_reflection_and_answers_SERVING_to_an_anonymous_health_check()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();

        foreach (var host in GrpcHost.Of(system, gateway))
        {
            using var channel = GrpcChannel.ForAddress(host.Address);
            Assert.Contains("grpc.health.v1.Health", host.MappedServices);
            Assert.Contains("grpc.reflection.v1alpha.ServerReflection", host.MappedServices);

            var listed = await ReflectAsync(channel, new ServerReflectionRequest { ListServices = "" });
            Assert.Equal(host.MappedServices.Order(StringComparer.Ordinal), listed.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
            foreach (var service in host.MappedServices)
            {
                var file = await ReflectAsync(channel, new ServerReflectionRequest { FileContainingSymbol = service });
                Assert.True(file.FileDescriptorResponse?.FileDescriptorProto.Count > 0, $"{host}: no descriptor for {service} ({file.ErrorResponse?.ErrorMessage})");
            }

            var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        }

        Assert.Contains("corridor.lists.v1.Problems", GrpcHost.Of(system, gateway)[0].MappedServices);
    }

    [SkippableFact]
    public async Task An_unknown_method_or_service_is_UNIMPLEMENTED_for_a_sync_client_and_for_an_anonymous_caller()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();
        var syncClient = MatrixTokens.SyncClient(DemoOrgans.Yulin, "lists.read", "agreements.read", "teams.read");

        foreach (var host in GrpcHost.Of(system, gateway))
        {
            using var channel = GrpcChannel.ForAddress(host.Address);
            // The gateway's own services are only health and reflection; each service's are its corridor.* ones.
            var knownService = host.MappedServices.Where(s => s.StartsWith("corridor.", StringComparison.Ordinal)).DefaultIfEmpty("grpc.health.v1.Health").First();
            // Through the gateway, a proxied package's unknown method is answered by the service that owns the package.
            string[] services = host.Name == "gateway"
                ? [knownService, "corridor.nothing.v1.Nothing", "corridor.lists.v1.Problems", "corridor.teams.v1.Nothing"]
                : [knownService, "corridor.nothing.v1.Nothing"];
            foreach (var service in services)
            {
                foreach (var (caller, token) in new[] { ("sync client", syncClient), ("anonymous", null) })
                {
                    var refused = await Assert.ThrowsAsync<RpcException>(() => CallAsync(channel, service, "NoSuchMethod", token));
                    Assert.True(refused.StatusCode == StatusCode.Unimplemented, $"{host} /{service}/NoSuchMethod as {caller}: {refused.Status}");
                }
            }
        }
    }

    private static async Task<ServerReflectionResponse> ReflectAsync(GrpcChannel channel, ServerReflectionRequest request)
    {
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current;
    }

    private static async Task CallAsync(GrpcChannel channel, string service, string method, string? token)
    {
        var headers = token is null ? new Metadata() : new Metadata { { "Authorization", $"Bearer {token}" } };
        await channel.CreateCallInvoker().AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, service, method, Bytes, Bytes), null, new CallOptions(headers), []);
    }
}
