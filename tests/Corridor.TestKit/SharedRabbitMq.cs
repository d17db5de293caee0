using Xunit;

namespace Corridor.TestKit;

/// <summary>
/// One <see cref="RabbitMqBroker"/> per test assembly, acquired lazily on first use and released
/// when the last fixture instance using it is disposed.
/// </summary>
/// <remarks>
/// <para>xunit only finds collection definitions in the test assembly itself, so declare one there:</para>
/// <code>
/// [CollectionDefinition(SharedRabbitMq.CollectionName)]
/// public sealed class RabbitMqCollection : ICollectionFixture&lt;SharedRabbitMq&gt;;
///
/// [Collection(SharedRabbitMq.CollectionName)]
/// public sealed class OrderFlowTests(SharedRabbitMq rabbit)
/// {
///     [SkippableFact]
///     public async Task Order_is_published()
///     {
///         var vhost = await rabbit.CreateVirtualHostAsync(); // one virtual host per test host
///         // ... point the service under test (MassTransit host) at vhost ...
///     }
/// }
/// </code>
/// <para>
/// The broker is acquired inside the test (not in <see cref="InitializeAsync"/>), so when none is
/// available the <see cref="SkipException"/> reaches the test and a <c>[SkippableFact]</c> is
/// reported as skipped with the reason; the reason is remembered, not retried per test. In CI
/// (<see cref="BrokerRequirement"/>) the test fails instead. Plain
/// <c>[Fact]</c>s fail instead. The same broker also serves several collections or class fixtures
/// of the assembly. Tests must not stop it: use <see cref="RabbitMqBroker.StartPrivateNodeAsync"/>
/// for a broker of their own.
/// </para>
/// </remarks>
public sealed class SharedRabbitMq : IAsyncLifetime
{
    /// <summary>The collection name to use with <c>[CollectionDefinition]</c> and <c>[Collection]</c>.</summary>
    public const string CollectionName = "rabbitmq";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Task<RabbitMqBroker>? s_broker;
    private static int s_users;

    private int _state; // 0 new, 1 initialized, 2 disposed

    /// <summary>Returns the shared broker, acquiring it (<see cref="RabbitMqBroker.AcquireAsync"/>) on first use.</summary>
    /// <exception cref="SkipException">No broker is available; the message says why.</exception>
    public async Task<RabbitMqBroker> GetBrokerAsync()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _state) == 2, this);
        Task<RabbitMqBroker> broker;
        await Gate.WaitAsync();
        try
        {
            broker = s_broker ??= RabbitMqBroker.AcquireAsync();
        }
        finally
        {
            Gate.Release();
        }

        return await broker;
    }

    /// <summary>Creates a fresh virtual host on the shared broker and returns its AMQP URI.</summary>
    /// <param name="name">The virtual host name; a fresh unique one when omitted.</param>
    /// <exception cref="SkipException">No broker is available; the message says why.</exception>
    public async Task<Uri> CreateVirtualHostAsync(string? name = null)
    {
        var broker = await GetBrokerAsync();
        return await broker.CreateVirtualHostAsync(name);
    }

    /// <summary>Registers this fixture as a user of the shared broker; nothing is started yet.</summary>
    public async Task InitializeAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            s_users++;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Releases the shared broker when this was its last user.</summary>
    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref _state, 2) != 1)
        {
            return;
        }

        Task<RabbitMqBroker>? release = null;
        await Gate.WaitAsync();
        try
        {
            if (--s_users == 0)
            {
                release = s_broker;
                s_broker = null;
            }
        }
        finally
        {
            Gate.Release();
        }

        if (release is { IsCompletedSuccessfully: true })
        {
            await release.Result.DisposeAsync();
        }
        else if (release is not null && !release.IsCompleted)
        {
            try
            {
                var broker = await release;
                await broker.DisposeAsync();
            }
            catch (Exception e) when (e is SkipException or BrokerUnavailableException)
            {
                // Nothing was started.
            }
        }
    }
}
