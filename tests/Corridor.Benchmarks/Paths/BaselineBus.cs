using System.Collections.Concurrent;
using System.Diagnostics;
using Corridor.TestKit;
using MassTransit;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// A MassTransit bus in the benchmark process on the services' virtual host, configured as the services configure
/// theirs (publisher confirms), with one queue consuming <see cref="BenchEvent"/>: the messaging baselines.
/// </summary>
public sealed class BaselineBus : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private long _received;

    private BaselineBus(Uri virtualHost)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(virtualHost, host => host.PublisherConfirmation = true);
            rabbit.ReceiveEndpoint("corridor-bench-sink", endpoint => endpoint.Handler<BenchEvent>(context =>
            {
                _latenciesMs.Enqueue(Stopwatch.GetElapsedTime(context.Message.SentAtTimestamp).TotalMilliseconds);
                Interlocked.Increment(ref _received);
                return Task.CompletedTask;
            }));
        });
    }

    public long Received => Interlocked.Read(ref _received);

    public static async Task<BaselineBus> StartAsync(Uri virtualHost)
    {
        var bus = new BaselineBus(virtualHost);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus._bus.StartAsync(timeout.Token);
        return bus;
    }

    public Task PublishAsync() => _bus.Publish(new BenchEvent(Guid.NewGuid(), Stopwatch.GetTimestamp(), BenchEvent.TypicalPayload));

    /// <summary>Waits (bounded) until <paramref name="count"/> messages in all were consumed; returns and forgets their latencies.</summary>
    public async Task<List<double>> ConsumedAsync(long count)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Received >= count), TimeSpan.FromMinutes(2), $"the baseline consumer received {count} messages");
        var latencies = new List<double>();
        while (_latenciesMs.TryDequeue(out var latency))
        {
            latencies.Add(latency);
        }

        return latencies;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
