using Corridor.Agreements;
using Corridor.Lists;
using Corridor.Teams;

namespace Corridor.Testing;

/// <summary>The three services as separate hosts on one RabbitMQ virtual host, wired to each other's gRPC ports.</summary>
public sealed class CorridorSystem : IAsyncDisposable
{
    private CorridorSystem(ServiceHost<AgreementsServiceMarker> agreements, ServiceHost<ListsServiceMarker> lists, ServiceHost<TeamsServiceMarker> teams)
    {
        Agreements = agreements;
        Lists = lists;
        Teams = teams;
    }

    public ServiceHost<AgreementsServiceMarker> Agreements { get; }

    public ServiceHost<ListsServiceMarker> Lists { get; }

    public ServiceHost<TeamsServiceMarker> Teams { get; }

    public static async Task<CorridorSystem> StartAsync(Uri rabbitMqUri)
    {
        var agreements = new ServiceHost<AgreementsServiceMarker>("agreements", rabbitMqUri);
        var lists = new ServiceHost<ListsServiceMarker>("lists", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = agreements.GrpcAddress.ToString(),
        });
        var teams = new ServiceHost<TeamsServiceMarker>("teams", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Lists:Grpc"] = lists.GrpcAddress.ToString(),
        });
        var system = new CorridorSystem(agreements, lists, teams);
        try
        {
            await Task.WhenAll(agreements.StartAsync(), lists.StartAsync(), teams.StartAsync());
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return system;
    }

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        await Lists.DisposeAsync();
        await Agreements.DisposeAsync();
    }
}
