using Corridor.Testing.Processes;

namespace Corridor.SystemTests.Faults;

/// <summary>One fault of a run: injected once the traffic has gone through <see cref="At"/> of its flows.</summary>
public sealed record Fault(double At, string Name, Func<Task> InjectAsync);

/// <summary>The size and faults of a run: the fast subset by default, the full run with CORRIDOR_FAULTS_FULL=1.</summary>
public static class FaultPlan
{
    public static bool Full => Environment.GetEnvironmentVariable("CORRIDOR_FAULTS_FULL") == "1";

    /// <summary>Approvals, and as many problem resolutions.</summary>
    public static int Flows => Full ? 2000 : 100;

    public static TimeSpan RunTimeout => Full ? TimeSpan.FromMinutes(60) : TimeSpan.FromMinutes(5);

    public static IReadOnlyList<Fault> For(ProcessSystem system, Corridor.TestKit.RabbitMqBroker broker)
    {
        var killBroker = (Func<Task>)(async () =>
        {
            await broker.KillAsync();
            // The outage must outlast the outbox's publish timeout and the consumers' reconnect attempts.
            await Task.Delay(TimeSpan.FromSeconds(5));
            await broker.StartAsync();
        });
        // Service kills first: a broker restart takes long on a loaded machine and the traffic goes on meanwhile.
        return Full
            ?
            [
                new(0.10, "Lists SIGKILLed mid-dispatch", system.Lists.RestartAfterKillAsync), new(0.20, "RabbitMQ SIGKILL 1", killBroker),
                new(0.45, "Teams SIGKILLed mid-consume", system.Teams.RestartAfterKillAsync), new(0.55, "RabbitMQ SIGKILL 2", killBroker),
                new(0.70, "Agreements SIGKILLed mid-consume", system.Agreements.RestartAfterKillAsync), new(0.80, "RabbitMQ SIGKILL 3", killBroker),
            ]
            :
            [
                new(0.15, "Lists SIGKILLed mid-dispatch", system.Lists.RestartAfterKillAsync),
                new(0.35, "Teams SIGKILLed mid-consume", system.Teams.RestartAfterKillAsync),
                new(0.55, "RabbitMQ SIGKILL", killBroker),
            ];
    }
}
