using System.Collections.Concurrent;
using Corridor.TestKit;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>
/// Counts the messages a host's bus has finished consuming, by message type, so a test waits until every delivery it
/// caused (duplicates included) has been handled instead of sleeping and hoping.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver, IDisposable
{
    private readonly ConcurrentDictionary<Type, int> _completed = new();
    private int _started;
    private int _finished;
    private ConnectHandle? _handle;

    /// <summary>Starts counting on the bus of <paramref name="services"/>; connect it before publishing.</summary>
    public static ConsumedMessages Observe(IServiceProvider services)
    {
        var consumed = new ConsumedMessages();
        consumed._handle = services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        return consumed;
    }

    public int Count<TMessage>() => _completed.GetValueOrDefault(typeof(TMessage));

    /// <summary>Waits until at least <paramref name="count"/> messages of the type have been consumed to the end.</summary>
    public Task WaitForAsync<TMessage>(int count, TimeSpan timeout) =>
        Eventually.TrueAsync(() => Task.FromResult(Count<TMessage>() >= count), timeout, $"{count} {typeof(TMessage).Name} consumed");

    /// <summary>
    /// Waits until no consume has started without finishing. Deliveries reach the consumers in queue order, so after a
    /// message published last has been applied, this waits for everything queued before it too.
    /// </summary>
    public Task WaitUntilIdleAsync(TimeSpan timeout) =>
        Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref _started) == Volatile.Read(ref _finished)), timeout, "every started consume finished");

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _started);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _completed.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }

    public void Dispose() => _handle?.Disconnect();
}
