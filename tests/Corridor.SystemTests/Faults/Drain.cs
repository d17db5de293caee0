using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.SystemTests.Faults;

/// <summary>Waits until every ProjectApproved that Lists has written so far is applied by both its consumers.</summary>
public static class Drain
{
    public const string Event = "ProjectApproved";
    public const string TeamsConsumer = "Corridor.Teams.Projects.ProjectApprovedConsumer";
    public const string AgreementsConsumer = "Corridor.Agreements.Scorecards.ProjectApprovedConsumer";

    /// <summary>Returns how long it took; throws a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task<TimeSpan> WaitAsync(ProcessSystem system, TimeSpan timeout, string after)
    {
        var clock = Stopwatch.StartNew();
        var published = await Deliveries.PublishedAsync(system.Lists, Event);
        await Eventually.TrueAsync(
            async () => await AppliedByAsync(system.Teams, TeamsConsumer, published) && await AppliedByAsync(system.Agreements, AgreementsConsumer, published),
            timeout,
            $"the {published.Count} {Event} events written before the end of '{after}' reach Teams and Agreements");
        return clock.Elapsed;
    }

    private static async Task<bool> AppliedByAsync(ServiceProcess consumer, string name, HashSet<string> published)
    {
        var applied = await Deliveries.InboxRowsAsync(consumer, name);
        return published.All(applied.ContainsKey);
    }
}
