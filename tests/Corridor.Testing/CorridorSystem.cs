using Corridor.Agreements;
using Corridor.DirectoryService;
using Corridor.Gateway;
using Corridor.Lists;
using Corridor.Notifications;
using Corridor.Teams;

namespace Corridor.Testing;

/// <summary>The services as separate hosts on one RabbitMQ virtual host, wired to each other's gRPC ports.</summary>
public sealed class CorridorSystem : IAsyncDisposable
{
    private CorridorSystem(
        ServiceHost<AgreementsServiceMarker> agreements,
        ServiceHost<ListsServiceMarker> lists,
        ServiceHost<TeamsServiceMarker> teams,
        ServiceHost<DirectoryServiceMarker> directory,
        ServiceHost<NotificationsServiceMarker> notifications)
    {
        Agreements = agreements;
        Lists = lists;
        Teams = teams;
        Directory = directory;
        Notifications = notifications;
    }

    public ServiceHost<AgreementsServiceMarker> Agreements { get; }

    public ServiceHost<ListsServiceMarker> Lists { get; }

    public ServiceHost<TeamsServiceMarker> Teams { get; }

    public ServiceHost<DirectoryServiceMarker> Directory { get; }

    public ServiceHost<NotificationsServiceMarker> Notifications { get; }

    public static async Task<CorridorSystem> StartAsync(Uri rabbitMqUri)
    {
        var directory = new ServiceHost<DirectoryServiceMarker>("directory", rabbitMqUri);
        // The real Directory answers the others' misses: an organ or region they have not heard of yet is asked of it.
        var directoryGrpc = directory.GrpcAddress.ToString();
        var agreements = new ServiceHost<AgreementsServiceMarker>("agreements", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Directory:Grpc"] = directoryGrpc,
        });
        var lists = new ServiceHost<ListsServiceMarker>("lists", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = agreements.GrpcAddress.ToString(),
            ["Services:Directory:Grpc"] = directoryGrpc,
        });
        var teams = new ServiceHost<TeamsServiceMarker>("teams", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Lists:Grpc"] = lists.GrpcAddress.ToString(),
            ["Services:Directory:Grpc"] = directoryGrpc,
        });
        var notifications = new ServiceHost<NotificationsServiceMarker>("notifications", rabbitMqUri, new Dictionary<string, string?>
        {
            ["Services:Directory:Grpc"] = directoryGrpc,
        });
        var system = new CorridorSystem(agreements, lists, teams, directory, notifications);
        try
        {
            await Task.WhenAll(agreements.StartAsync(), lists.StartAsync(), teams.StartAsync(), directory.StartAsync(), notifications.StartAsync());
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return system;
    }

    /// <summary>A gateway in front of the services (the caller disposes it); <paramref name="settings"/> override its configuration.</summary>
    public async Task<ServiceHost<GatewayServiceMarker>> StartGatewayAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:lists-rest:Destinations:main:Address"] = Lists.RestAddress.ToString(),
            ["ReverseProxy:Clusters:agreements-rest:Destinations:main:Address"] = Agreements.RestAddress.ToString(),
            ["ReverseProxy:Clusters:teams-rest:Destinations:main:Address"] = Teams.RestAddress.ToString(),
            ["ReverseProxy:Clusters:directory-rest:Destinations:main:Address"] = Directory.RestAddress.ToString(),
            ["ReverseProxy:Clusters:notifications-rest:Destinations:main:Address"] = Notifications.RestAddress.ToString(),
            ["ReverseProxy:Clusters:lists-grpc:Destinations:main:Address"] = Lists.GrpcAddress.ToString(),
            ["ReverseProxy:Clusters:agreements-grpc:Destinations:main:Address"] = Agreements.GrpcAddress.ToString(),
            ["ReverseProxy:Clusters:teams-grpc:Destinations:main:Address"] = Teams.GrpcAddress.ToString(),
            ["ReverseProxy:Clusters:directory-grpc:Destinations:main:Address"] = Directory.GrpcAddress.ToString(),
            ["ReverseProxy:Clusters:notifications-grpc:Destinations:main:Address"] = Notifications.GrpcAddress.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // The gateway keeps no data and sends no events; the broker address is only part of the shared host settings.
        var gateway = new ServiceHost<GatewayServiceMarker>("gateway", new Uri("amqp://unused.invalid/"), all);
        try
        {
            await gateway.StartAsync();
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Notifications.DisposeAsync();
        await Directory.DisposeAsync();
        await Teams.DisposeAsync();
        await Lists.DisposeAsync();
        await Agreements.DisposeAsync();
    }
}
