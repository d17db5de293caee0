using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Corridor.Lists;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridor.MicroBenchmarks.Fixtures;

/// <summary>
/// A migrated Lists SQLite file in a temporary directory, registered as the service registers it: the pooled
/// ListsDbContext with its pragmas and commit-signal interceptors (AddServiceDatabase) and the Lists change feed, so
/// SaveChangesAsync writes outbox rows and journal entries as in the service. The directory read model knows
/// <see cref="BenchCaller"/>'s organ, so views carry its name.
/// </summary>
internal sealed class ListsDatabase : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly DirectoryInfo _directory;

    private ListsDatabase(IHost host, DirectoryInfo directory, string connectionString)
    {
        _host = host;
        _directory = directory;
        ConnectionString = connectionString;
    }

    /// <summary>The service's connection string (pooled), for the raw ADO.NET baselines.</summary>
    public string ConnectionString { get; }

    public ChangeFeedRegistry ChangeFeed => _host.Services.GetRequiredService<ChangeFeedRegistry>();

    public static async Task<ListsDatabase> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("corridor-micro-");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = directory.FullName });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = directory.FullName });
        builder.AddServiceDatabase<ListsDbContext, SqliteListsDbContext, SqlServerListsDbContext>(ListsServiceExtensions.ServiceName);
        builder.AddListsChangeFeed();
        var host = builder.Build();
        var connectionString = PersistenceExtensions.SqliteConnectionString(
            host.Services.GetRequiredService<DatabaseOptions>(), directory.FullName, ListsServiceExtensions.ServiceName);
        var database = new ListsDatabase(host, directory, connectionString);
        await using var scope = database.OpenScope();
        var db = scope.ServiceProvider.GetRequiredService<ListsDbContext>();
        await db.Database.MigrateAsync();
        await db.UpsertOrganAsync(
            new OrganSnapshot(BenchCaller.OrganId, BenchCaller.RegionCode, BenchCaller.OrganName, "玉林工委", "Municipal", "WorkingCommittee", null, KnownOrgan.ActiveStatus),
            1,
            DateTime.UtcNow);
        await db.SaveChangesAsync();
        return database;
    }

    /// <summary>A request's scope: its ListsDbContext is leased from the pool and returned when the scope ends.</summary>
    public AsyncServiceScope OpenScope() => _host.Services.CreateAsyncScope();

    /// <summary>Raises and saves one problem through the service's context; fails unless its outbox row and journal entry were written with it.</summary>
    public async Task<Problem> SeedProblemAsync()
    {
        await using var scope = OpenScope();
        var db = scope.ServiceProvider.GetRequiredService<ListsDbContext>();
        var problem = BenchCaller.RaiseProblem();
        db.Problems.Add(problem);
        await db.SaveChangesAsync();
        var id = problem.Id.ToString();
        var outbox = await db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith(nameof(ProblemRaised)) && m.Payload.Contains(id));
        var journal = await db.ChangeJournal.CountAsync(e => e.RecordId == problem.Id);
        if (outbox != 1 || journal != 1)
        {
            throw new InvalidOperationException($"Saving a problem wrote {outbox} ProblemRaised outbox rows and {journal} journal entries; the service writes one of each.");
        }

        return problem;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable host)
        {
            await host.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
