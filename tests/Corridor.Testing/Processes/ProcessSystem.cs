using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing.Processes;

/// <summary>Agreements, Lists and Teams as real processes on one RabbitMQ virtual host, wired over gRPC as deploy/local/up.sh wires them.</summary>
public sealed class ProcessSystem : IAsyncDisposable
{
    private ProcessSystem(string dataDirectory, Uri rabbitMqUri)
    {
        DataDirectory = dataDirectory;
        Agreements = new ServiceProcess("agreements", "Agreements.Host", dataDirectory, Common(rabbitMqUri));
        Lists = new ServiceProcess("lists", "Lists.Host", dataDirectory, new Dictionary<string, string>(Common(rabbitMqUri))
        {
            ["Services__Agreements__Grpc"] = Agreements.GrpcAddress.ToString(),
            // No Directory process yet: Lists' read model is seeded once it has migrated its database (KnownOrgansSeeding).
            ["Services__Directory__Grpc"] = $"http://127.0.0.1:{Corridor.TestKit.FreePorts.Next()}",
        });
        Teams = new ServiceProcess("teams", "Teams.Host", dataDirectory, new Dictionary<string, string>(Common(rabbitMqUri))
        {
            ["Services__Lists__Grpc"] = Lists.GrpcAddress.ToString(),
        });
    }

    /// <summary>Where the services' SQLite files and logs are (kept after the run with CORRIDOR_FAULTS_KEEP=1).</summary>
    public string DataDirectory { get; }

    public ServiceProcess Agreements { get; }

    public ServiceProcess Lists { get; }

    public ServiceProcess Teams { get; }

    public IReadOnlyList<ServiceProcess> All => [Agreements, Lists, Teams];

    public static async Task<ProcessSystem> StartAsync(Uri rabbitMqUri)
    {
        var system = new ProcessSystem(Directory.CreateTempSubdirectory("corridor-faults-").FullName, rabbitMqUri);
        try
        {
            await Task.WhenAll(system.All.Select(service => service.StartAsync()));
            await KnownOrgansSeeding.SeedDemoDirectoryAsync(() =>
            {
                var db = new SqliteListsDbContext(new DbContextOptionsBuilder<SqliteListsDbContext>().UseSqlite($"Data Source={system.Lists.DatabasePath}").Options);
                return (db, db);
            });
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    // The test kit's fast retry and outbox timings, so a run measures recovery rather than default back-offs.
    private static Dictionary<string, string> Common(Uri rabbitMqUri) => new()
    {
        ["RabbitMq__Uri"] = rabbitMqUri.ToString(),
        ["Outbox__PollInterval"] = "00:00:00.500",
        ["Outbox__MinBackoff"] = "00:00:00.100",
        ["Outbox__MaxBackoff"] = "00:00:01",
        ["Outbox__PublishTimeout"] = "00:00:03",
        ["Auth__DevelopmentSigningKey"] = TestTokens.Options.DevelopmentSigningKey!,
        ["Auth__Issuer"] = TestTokens.Options.Issuer,
        ["Auth__Audience"] = TestTokens.Options.Audience,
        // The processes learn the demo organs from the test directory on their first miss (their read models start empty).
        ["Services__Directory__Grpc"] = DirectoryPeer.Shared.Address.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var service in All)
        {
            await service.DisposeAsync();
        }

        // The logs and databases stay when asked, for a post-mortem of a failed run.
        if (Environment.GetEnvironmentVariable("CORRIDOR_FAULTS_KEEP") != "1")
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
