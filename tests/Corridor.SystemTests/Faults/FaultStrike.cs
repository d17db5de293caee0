using System.Diagnostics;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.SystemTests.Faults;

/// <summary>Lands one <see cref="Fault"/> on live traffic: at its point in the run, each kill while it has work in flight to cut.</summary>
public static class FaultStrike
{
    // Traffic runs until the last fault has landed, so work in flight shows up within moments even on a loaded machine.
    private static readonly TimeSpan InFlightTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    public static async Task<FaultLanding> LandAsync(Fault fault, Traffic traffic, ProcessSystem system)
    {
        await traffic.ReachedAsync(fault.At, FaultPlan.RunTimeout);
        var flowsEnded = traffic.Ended;
        var flowsInFlight = int.MaxValue;
        var evidence = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var strike in fault.Strikes)
        {
            string? inFlight = null;
            await Eventually.TrueAsync(async () => (inFlight = await strike.InFlightAsync()) is not null, InFlightTimeout, $"{strike.Name}: work in flight for it to cut");
            flowsInFlight = Math.Min(flowsInFlight, traffic.InFlight);
            evidence.Add($"{strike.Name} with {inFlight}");
            await strike.KillAsync();
        }

        var writtenBeforeTheKills = await Deliveries.PublishedAsync(system.Lists, Drain.Event);
        await fault.RecoverAsync();
        var downAndBack = clock.Elapsed;
        // Measured alongside the traffic and the next faults, so they still strike while it is running.
        var drain = Drain.WaitAsync(system, writtenBeforeTheKills, DrainTimeout, fault.Name);
        return new FaultLanding(fault.Name, flowsEnded, flowsInFlight, string.Join("; ", evidence), downAndBack, drain);
    }
}
