using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using Xunit.Abstractions;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// The faults run (issue 15): real service processes and a private RabbitMQ node; Lists is SIGKILLed mid-dispatch,
/// Teams and Agreements mid-consume and the broker while events cross it, all while Lists takes approvals and problem
/// resolutions. Every ProjectApproved written reaches Teams and Agreements exactly once in effect, and nothing hangs.
/// CORRIDOR_FAULTS_FULL=1 runs the full size (2,000 + 2,000, three broker kills).
/// </summary>
public sealed class FaultsRunTests(ITestOutputHelper output)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task Every_approval_reaches_each_consumer_exactly_once_through_broker_and_service_SIGKILLs()
    {
        var clock = Stopwatch.StartNew();
        await using var broker = await RabbitMqBroker.StartPrivateNodeAsync();
        await using var system = await ProcessSystem.StartAsync(await broker.CreateVirtualHostAsync());
        output.WriteLine($"services' databases and logs: {system.DataDirectory}; started in {clock.Elapsed.TotalSeconds:F0} s");
        var traffic = new Traffic(system.Lists, FaultPlan.Flows, workers: 6);
        var running = traffic.RunAsync();
        var landings = new List<FaultLanding>();
        try
        {
            foreach (var fault in FaultPlan.For(system, broker))
            {
                landings.Add(await FaultStrike.LandAsync(fault, traffic, system));
            }
        }
        finally
        {
            traffic.FaultsLanded();
        }

        await running.WaitAsync(FaultPlan.RunTimeout);
        var drains = await Task.WhenAll(landings.Select(l => l.Drain));
        var finalDrain = await Drain.WaitAsync(system, DrainTimeout, "the traffic");
        await Eventually.TrueAsync(async () => await Deliveries.PendingOutboxRowsAsync(system.Lists) == 0, DrainTimeout, "Lists' outbox is empty");

        var published = await Deliveries.PublishedAsync(system.Lists, Drain.Event);
        var teams = await Deliveries.InboxRowsAsync(system.Teams, Drain.TeamsConsumer);
        var agreements = await Deliveries.InboxRowsAsync(system.Agreements, Drain.AgreementsConsumer);
        var readModel = await Deliveries.ScalarAsync(system.Teams, "SELECT COUNT(*) FROM ApprovedProjects");
        var suppressed = system.All.Sum(s => s.CountLogLines("already applied it") + s.CountLogLines("a concurrent delivery applied it first"));
        output.WriteLine($"faults run ({(FaultPlan.Full ? "full" : "fast")}): {traffic.Total} flows ({traffic.Approvals} approvals and {traffic.Resolutions} problem resolutions completed, {traffic.Interrupted} cut by a kill, {traffic.Hangs} hung); {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"ProjectApproved published {published.Count}; applied by Teams {teams.Count}, by Agreements {agreements.Count}; Teams read model {readModel}; redeliveries the inbox suppressed {suppressed}");
        output.WriteLine($"Lists outbox rows {await Deliveries.ScalarAsync(system.Lists, "SELECT COUNT(*) FROM OutboxMessages")}, quarantined {await Deliveries.QuarantinedOutboxRowsAsync(system.Lists)}");
        foreach (var (landing, drain) in landings.Zip(drains))
        {
            output.WriteLine($"{landing.Name} after {landing.FlowsEnded} flows ({landing.Evidence}; at least {landing.FlowsInFlight} flows in flight): down and back in {landing.DownAndBack.TotalSeconds:F1} s, then what was written before it applied everywhere in {drain.TotalSeconds:F1} s");
        }

        output.WriteLine($"final drain: {finalDrain.TotalSeconds:F1} s");

        Assert.Equal(0, traffic.Hangs);
        Assert.All(landings, l => Assert.True(l.FlowsInFlight > 0, $"{l.Name} struck with no flow in flight"));
        Assert.True(traffic.Completed >= traffic.Total * 0.9, $"only {traffic.Completed} of {traffic.Total} flows completed");
        Assert.Equal(0, await Deliveries.QuarantinedOutboxRowsAsync(system.Lists));
        Assert.Equal(published.Order(), teams.Keys.Order());
        Assert.Equal(published.Order(), agreements.Keys.Order());
        Assert.All(teams.Values.Concat(agreements.Values), rows => Assert.Equal(1, rows));
        Assert.Equal(published.Count, readModel);
    }
}
