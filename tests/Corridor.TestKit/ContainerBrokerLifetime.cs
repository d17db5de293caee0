using Testcontainers.RabbitMq;

namespace Corridor.TestKit;

/// <summary>A broker in a Testcontainers container; its mapped ports change on restart, so it is not restartable.</summary>
internal sealed class ContainerBrokerLifetime(RabbitMqContainer container) : IBrokerLifetime
{
    public bool CanRestart => false;

    public Task StopAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StartAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task KillAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
