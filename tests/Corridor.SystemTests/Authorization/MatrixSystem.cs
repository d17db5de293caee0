using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Authorization;

/// <summary>One running Corridor (Lists, Agreements, Teams) per test class, started by the first test that needs it.</summary>
public sealed class MatrixSystem : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CorridorSystem? _system;

    public async Task<CorridorSystem> GetAsync(SharedRabbitMq rabbitMq)
    {
        await _gate.WaitAsync();
        try
        {
            return _system ??= await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }

        _gate.Dispose();
    }
}
