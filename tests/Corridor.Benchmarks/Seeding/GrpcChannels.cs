using Corridor.Testing.Processes;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Benchmarks.Seeding;

/// <summary>Channels to a service's gRPC port (HTTP/2 over loopback, several connections when streams pile up) and the bearer header.</summary>
public static class GrpcChannels
{
    public static GrpcChannel For(ServiceProcess service) => GrpcChannel.ForAddress(service.GrpcAddress, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionLifetime = Timeout.InfiniteTimeSpan },
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    public static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
