using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.SystemTests.Faults;

/// <summary>The size and faults of a run: the fast subset by default, the full run with CORRIDOR_FAULTS_FULL=1.</summary>
public static class FaultPlan
{
    // A broker outage lasts until Lists has written events the dead broker could not take; this bounds that wait.
    private static readonly TimeSpan OutageEvidenceTimeout = TimeSpan.FromMinutes(2);

    public static bool Full => Environment.GetEnvironmentVariable("CORRIDOR_FAULTS_FULL") == "1";

    /// <summary>Approvals, and as many problem resolutions (at least: the traffic goes on until the last fault has landed).</summary>
    public static int Flows => Full ? 2000 : 100;

    public static TimeSpan RunTimeout => Full ? TimeSpan.FromMinutes(60) : TimeSpan.FromMinutes(10);

    public static IReadOnlyList<Fault> For(ProcessSystem system, RabbitMqBroker broker)
    {
        var lists = MidDispatch(system);
        var teams = MidConsume(system, system.Teams, Drain.TeamsConsumer);
        var agreements = MidConsume(system, system.Agreements, Drain.AgreementsConsumer);
        // The full run kills one service at a time; the fast one kills all three, each while its own work is in flight,
        // and restarts them side by side: the same kills for the time of one restart.
        return Full
            ?
            [
                Restarting(0.10, lists.Name, [lists], system.Lists), BrokerKill(0.20, "RabbitMQ SIGKILL 1", system, broker),
                Restarting(0.40, teams.Name, [teams], system.Teams), BrokerKill(0.50, "RabbitMQ SIGKILL 2", system, broker),
                Restarting(0.65, agreements.Name, [agreements], system.Agreements), BrokerKill(0.75, "RabbitMQ SIGKILL 3", system, broker),
            ]
            :
            [
                Restarting(0.10, "every service SIGKILLed", [teams, agreements, lists], system.Teams, system.Agreements, system.Lists),
                BrokerKill(0.40, "RabbitMQ SIGKILL", system, broker),
            ];
    }

    private static Fault Restarting(double at, string name, IReadOnlyList<Strike> strikes, params ServiceProcess[] killed) =>
        new(at, name, strikes, () => Task.WhenAll(killed.Select(service => service.StartAsync())));

    /// <summary>Lists SIGKILLed while its outbox holds rows it has not yet handed to the broker.</summary>
    private static Strike MidDispatch(ProcessSystem system) => new(
        "Lists SIGKILLed mid-dispatch",
        async () =>
        {
            var pending = await Deliveries.PendingOutboxRowsAsync(system.Lists);
            return pending > 0 ? $"{pending} outbox rows not yet dispatched" : null;
        },
        system.Lists.KillAsync);

    /// <summary>A consumer SIGKILLed while ProjectApproved events the broker took are not yet applied by it (queued or in its hands, unacked).</summary>
    private static Strike MidConsume(ProcessSystem system, ServiceProcess consumer, string consumerName) => new(
        $"{consumer.Name} SIGKILLed mid-consume",
        async () =>
        {
            var waiting = await Drain.NotYetAppliedAsync(system, consumer, consumerName);
            return waiting > 0 ? $"{waiting} dispatched {Drain.Event} not yet applied" : null;
        },
        consumer.KillAsync);

    /// <summary>RabbitMQ SIGKILLed while events are on their way through it; it comes back once Lists has written events it could not take.</summary>
    private static Fault BrokerKill(double at, string name, ProcessSystem system, RabbitMqBroker broker)
    {
        var lastBeforeKill = 0L;
        var kill = new Strike(
            name,
            async () =>
            {
                var pending = await Deliveries.PendingOutboxRowsAsync(system.Lists);
                var toTeams = await Drain.NotYetAppliedAsync(system, system.Teams, Drain.TeamsConsumer);
                var toAgreements = await Drain.NotYetAppliedAsync(system, system.Agreements, Drain.AgreementsConsumer);
                return pending + toTeams + toAgreements > 0
                    ? $"{pending} outbox rows not yet dispatched, {toTeams} + {toAgreements} dispatched {Drain.Event} not yet applied by Teams + Agreements"
                    : null;
            },
            async () =>
            {
                lastBeforeKill = await Deliveries.LastOutboxSequenceAsync(system.Lists);
                await broker.KillAsync();
            });
        return new(at, name, [kill], async () =>
        {
            await Eventually.TrueAsync(
                async () => await Deliveries.PendingOutboxRowsAfterAsync(system.Lists, lastBeforeKill) > 0,
                OutageEvidenceTimeout,
                $"Lists writes events while RabbitMQ is down ({name})");
            await broker.StartAsync();
        });
    }
}
