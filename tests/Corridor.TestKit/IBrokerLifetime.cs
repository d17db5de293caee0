namespace Corridor.TestKit;

/// <summary>What owning a broker means: whether and how it can be stopped, started and released.</summary>
internal interface IBrokerLifetime : IAsyncDisposable
{
    bool CanRestart { get; }

    Task StopAsync(CancellationToken cancellationToken);

    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Ends the broker with SIGKILL (no graceful shutdown); its data stays for <see cref="StartAsync"/>.</summary>
    Task KillAsync(CancellationToken cancellationToken);
}
