using Corridor.Benchmarks.Seeding;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Runner;

/// <summary>
/// What every path runs against: the three services as real processes (their built Release outputs, SQLite files in a
/// temporary directory) on a fresh virtual host of the RabbitMQ node, and the records seeded through their APIs.
/// </summary>
public sealed class BenchContext : IAsyncDisposable
{
    private readonly RabbitMqBroker _broker;
    private Seeds? _seeds;

    private BenchContext(RabbitMqBroker broker, Uri virtualHost, ProcessSystem system, BenchScale scale)
    {
        _broker = broker;
        VirtualHost = virtualHost;
        System = system;
        Scale = scale;
    }

    public Uri VirtualHost { get; }

    public ProcessSystem System { get; }

    public BenchScale Scale { get; }

    public string BrokerDescription => _broker.Description;

    /// <summary>How fast Lists published each batch's outbox rows (written by the batch path, reported by the outbox path).</summary>
    public List<LoopSample> DispatchRuns { get; } = [];

    public static async Task<BenchContext> StartAsync(BenchScale scale)
    {
        var broker = await RabbitMqBroker.AcquireAsync();
        try
        {
            var virtualHost = await broker.CreateVirtualHostAsync();
            return new BenchContext(broker, virtualHost, await ProcessSystem.StartAsync(virtualHost), scale);
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Seeds on first use, so a single path seeds only when it reads.</summary>
    public async Task<Seeds> SeedsAsync() =>
        _seeds ??= await Seeds.CreateAsync(System, Scale.SeedProblems, Scale.SeedOthers);

    public async ValueTask DisposeAsync()
    {
        await System.DisposeAsync();
        await _broker.DisposeAsync();
    }
}
