using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using Xunit.Abstractions;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// The faults run (issue 15): real service processes and a private RabbitMQ node; the broker and each service are
/// SIGKILLed while Lists takes approvals and problem resolutions. Every ProjectApproved written reaches Teams and
/// Agreements exactly once in effect, and nothing hangs. CORRIDOR_FAULTS_FULL=1 runs the full size (2,000 + 2,000).
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
        output.WriteLine($"services' databases and logs: {system.DataDirectory}");
        var traffic = new Traffic(system.Lists, FaultPlan.Flows, workers: 6);
        var running = traffic.RunAsync();
        var drains = new List<(string Fault, int FlowsEnded, TimeSpan Outage, TimeSpan Drain)>();
        foreach (var fault in FaultPlan.For(system, broker))
        {
            await traffic.ReachedAsync(fault.At, FaultPlan.RunTimeout);
            var flowsEnded = traffic.Completed + traffic.Interrupted + traffic.Hangs;
            var outage = Stopwatch.StartNew();
            await fault.InjectAsync();
            drains.Add((fault.Name, flowsEnded, outage.Elapsed, await Drain.WaitAsync(system, DrainTimeout, fault.Name)));
        }

        await running.WaitAsync(FaultPlan.RunTimeout);
        var finalDrain = await Drain.WaitAsync(system, DrainTimeout, "the traffic");
        await Eventually.TrueAsync(async () => await Deliveries.PendingOutboxRowsAsync(system.Lists) == 0, DrainTimeout, "Lists' outbox is empty");

        var published = await Deliveries.PublishedAsync(system.Lists, Drain.Event);
        var teams = await Deliveries.InboxRowsAsync(system.Teams, Drain.TeamsConsumer);
        var agreements = await Deliveries.InboxRowsAsync(system.Agreements, Drain.AgreementsConsumer);
        var readModel = await Deliveries.ScalarAsync(system.Teams, "SELECT COUNT(*) FROM ApprovedProjects");
        var suppressed = system.All.Sum(s => s.CountLogLines("already applied it") + s.CountLogLines("a concurrent delivery applied it first"));
        output.WriteLine($"faults run ({(FaultPlan.Full ? "full" : "fast")}): {traffic.Total} flows, {traffic.Completed} completed, {traffic.Interrupted} cut by a kill, {traffic.Hangs} hung; {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"ProjectApproved published {published.Count}; applied by Teams {teams.Count}, by Agreements {agreements.Count}; Teams read model {readModel}; duplicates suppressed by the inbox {suppressed}");
        output.WriteLine($"Lists outbox rows {await Deliveries.ScalarAsync(system.Lists, "SELECT COUNT(*) FROM OutboxMessages")}, quarantined {await Deliveries.QuarantinedOutboxRowsAsync(system.Lists)}");
        foreach (var (fault, flowsEnded, outage, drain) in drains)
        {
            output.WriteLine($"{fault} after {flowsEnded} flows: down and back in {outage.TotalSeconds:F1} s, then drained in {drain.TotalSeconds:F1} s");
        }

        output.WriteLine($"final drain: {finalDrain.TotalSeconds:F1} s");

        Assert.Equal(0, traffic.Hangs);
        Assert.All(drains, d => Assert.True(d.FlowsEnded < traffic.Total * 0.8, $"{d.Fault} came when the traffic had almost ended ({d.FlowsEnded} flows)"));
        Assert.True(traffic.Completed >= traffic.Total * 0.9, $"only {traffic.Completed} of {traffic.Total} flows completed");
        Assert.Equal(0, await Deliveries.QuarantinedOutboxRowsAsync(system.Lists));
        Assert.Equal(published.Order(), teams.Keys.Order());
        Assert.Equal(published.Order(), agreements.Keys.Order());
        Assert.All(teams.Values.Concat(agreements.Values), rows => Assert.Equal(1, rows));
        Assert.Equal(published.Count, readModel);
    }
}
