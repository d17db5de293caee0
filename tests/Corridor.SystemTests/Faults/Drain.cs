using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.SystemTests.Faults;

/// <summary>Waits until given ProjectApproved events written by Lists are applied by both their consumers.</summary>
public static class Drain
{
    public const string Event = "ProjectApproved";
    public const string TeamsConsumer = "Corridor.Teams.Projects.ProjectApprovedConsumer";
    public const string AgreementsConsumer = "Corridor.Agreements.Scorecards.ProjectApprovedConsumer";

    /// <summary>Every ProjectApproved Lists has written so far; returns how long it took, throws a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task<TimeSpan> WaitAsync(ProcessSystem system, TimeSpan timeout, string after) =>
        await WaitAsync(system, await Deliveries.PublishedAsync(system.Lists, Event), timeout, after);

    /// <summary>The given events; returns how long it took, throws a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task<TimeSpan> WaitAsync(ProcessSystem system, HashSet<string> published, TimeSpan timeout, string after)
    {
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(
            async () => await AppliedByAsync(system.Teams, TeamsConsumer, published) && await AppliedByAsync(system.Agreements, AgreementsConsumer, published),
            timeout,
            $"the {published.Count} {Event} events written before the end of '{after}' reach Teams and Agreements");
        return clock.Elapsed;
    }

    /// <summary>How many of the ProjectApproved events the outbox has handed to the broker <paramref name="consumer"/> has not applied yet.</summary>
    public static async Task<int> NotYetAppliedAsync(ProcessSystem system, ServiceProcess consumer, string name)
    {
        var dispatched = await Deliveries.DispatchedAsync(system.Lists, Event);
        var applied = await Deliveries.InboxRowsAsync(consumer, name);
        return dispatched.Count(id => !applied.ContainsKey(id));
    }

    private static async Task<bool> AppliedByAsync(ServiceProcess consumer, string name, HashSet<string> published)
    {
        var applied = await Deliveries.InboxRowsAsync(consumer, name);
        return published.All(applied.ContainsKey);
    }
}
