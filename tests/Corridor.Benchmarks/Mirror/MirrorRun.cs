using System.Diagnostics;
using System.Net.Http.Json;
using Corridor.Benchmarks.Runner;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Mirror;

/// <summary>
/// <c>dotnet Corridor.Benchmarks.dll mirror [writes] [writers]</c>: the three services as processes, concurrent writers
/// making random writes while <c>corridor-sync pull --follow</c> runs as its own process, SIGKILLed at a third and two
/// thirds of the writes and started again; then a pull to the end and <c>corridor-sync verify</c>.
/// </summary>
public static class MirrorRun
{
    public const string PollInterval = "100ms";
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(int writes, int writers, TimeSpan downtime, TimeSpan writingLimit)
    {
        var clock = Stopwatch.StartNew();
        var phases = new Phases(clock);
        var loadAtStart = Machine.LoadAverage();
        await using var broker = await RabbitMqBroker.AcquireAsync();
        await using var system = await ProcessSystem.StartAsync(await broker.CreateVirtualHostAsync());
        phases.End("services started");

        var mirrorPath = Path.Combine(system.DataDirectory, "mirror.db");
        var environment = new Dictionary<string, string> { ["CORRIDOR_SYNC_TOKEN"] = TestTokens.Secretariat() };
        string[] connection =
        [
            "--lists-url", system.Lists.RestAddress.ToString(),
            "--agreements-url", system.Agreements.RestAddress.ToString(),
            "--teams-url", system.Teams.RestAddress.ToString(),
            // The process system runs no Directory: the run measures the three services' feeds as before.
            "--services", "lists,agreements,teams",
            "--mirror", mirrorPath,
        ];
        string[] follow = ["pull", "--follow", "--poll-interval", PollInterval, "--max-duration", "60m", "--no-progress", .. connection];
        var seed = Environment.TickCount;
        Console.WriteLine($"mirror: {writes:N0} writes from {writers} writers (seed {seed}); corridor-sync pull --follow --poll-interval {PollInterval}, SIGKILLed at 1/3 and 2/3 of the writes and started again after {downtime.TotalSeconds:0.#} s; {Environment.ProcessorCount} cores, load average {loadAtStart:0.00}");

        var probe = new LagProbe(mirrorPath);
        using var stopProbe = new CancellationTokenSource();
        var probing = probe.RunAsync(stopProbe.Token);
        var follower = SyncProcess.Start(environment, follow);
        var failures = new List<string>();
        try
        {
            // One write before the writers, not counted: the first pull is running and shows it.
            await WarmUpWriteAsync(system, probe);
            if (!await Until(() => probe.Pending().Count == 0 || follower.HasExited, TimeSpan.FromSeconds(60)))
            {
                failures.Add("the first pull did not show the warm-up write within 60 s");
            }

            phases.End("first pull running (warm-up write in the mirror)");
            var writersRun = new MirrorWriters(system, writes, writers, seed, probe);
            using var stopWriting = new CancellationTokenSource(writingLimit);
            var writingClock = Stopwatch.StartNew();
            var writing = writersRun.RunAsync(stopWriting.Token);
            var resumes = new List<MirrorResume>();
            for (var third = 1; third <= 2; third++)
            {
                // At a third of the writes, or of the writing time when the writes are too slow to reach it.
                var (at, by) = (writes * third / 3, writingLimit * third / 3);
                await Until(() => writersRun.AnsweredWrites >= at || writingClock.Elapsed >= by || writing.IsCompleted || follower.HasExited, writingLimit);
                if (follower.HasExited)
                {
                    failures.Add($"corridor-sync pull --follow exited by itself: {follower.Output}");
                    break;
                }

                var killedAt = Stopwatch.GetTimestamp();
                var answeredAtKill = writersRun.AnsweredWrites;
                follower.Dispose();
                await Task.Delay(downtime);
                var restartedAt = Stopwatch.GetTimestamp();
                var answeredAtRestart = writersRun.AnsweredWrites;
                follower = SyncProcess.Start(environment, follow);

                // Until caught up, but the next kill does not wait for it (it would fall after the writes on a slow machine).
                var (nextAt, nextBy) = third == 1 ? (writes * 2 / 3, writingLimit * 2 / 3) : (long.MaxValue, TimeSpan.MaxValue);
                var current = follower;
                await Until(() => probe.AllVisibleAnsweredBefore(restartedAt) || writersRun.AnsweredWrites >= nextAt || writingClock.Elapsed >= nextBy || current.HasExited, CatchUpLimit);
                var caughtUp = probe.AllVisibleAnsweredBefore(restartedAt);
                resumes.Add(new MirrorResume(answeredAtKill, answeredAtRestart - answeredAtKill, killedAt, restartedAt, Stopwatch.GetTimestamp(), caughtUp));
                if (!caughtUp && third == 2)
                {
                    failures.Add($"the pull resumed after the kill at write {answeredAtKill:N0} did not catch up within {CatchUpLimit.TotalSeconds:0} s");
                }
            }

            await StopWritingAsync(writing, stopWriting, writingLimit);
            var writingTime = writingClock.Elapsed;
            if (writersRun.AnsweredWrites < writes)
            {
                failures.Add($"only {writersRun.AnsweredWrites:N0} of {writes:N0} writes were done within {writingLimit.TotalSeconds:0} s");
            }

            phases.End("writing");
            if (!await Until(() => probe.Pending().Count == 0 || follower.HasExited, CatchUpLimit))
            {
                failures.Add($"{probe.Pending().Count} sampled writes were not in the mirror {CatchUpLimit.TotalSeconds:0} s after the writers stopped");
            }

            phases.End("mirror shows every sampled write");
            follower.Kill();
            stopProbe.Cancel();
            await probing;
            var (verifyExit, verifyRounds, verifyOutput) = await PullAndVerifyAsync(environment, connection);
            phases.End("pull to the end and verify");

            var report = MirrorReport.From(writes, writers, writersRun, writingTime, probe, resumes, verifyExit, verifyRounds, verifyOutput, phases.All, loadAtStart, failures);
            report.Print();
            report.Write();
            return report.Passed ? 0 : 1;
        }
        finally
        {
            follower.Dispose();
            await stopProbe.CancelAsync();
        }
    }

    private static async Task WarmUpWriteAsync(ProcessSystem system, LagProbe probe)
    {
        using var client = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var response = await client.PostAsJsonAsync("/api/v1/problems", WriteBodies.Problem($"warm-up-{Guid.NewGuid():N}"));
        var answer = await WriteAnswer.ReadAsync(response);
        if (answer is not { Succeeded: true, Id: { } id, Version: { } version })
        {
            throw new InvalidOperationException($"the warm-up write answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        probe.Add(new LagSample(0, "lists", "problem", id, version, Stopwatch.GetTimestamp()));
    }

    private static async Task StopWritingAsync(Task writing, CancellationTokenSource stopWriting, TimeSpan writingLimit)
    {
        // The writers stop by themselves when the budget is spent, or at the limit (then each finishes its write in progress).
        await writing.WaitAsync(writingLimit + TimeSpan.FromMinutes(1));
        await stopWriting.CancelAsync();
    }

    // A pull to the end, then verify; an event consumer may still change a record after the writers stop, so a
    // difference gets one more pull (which reads only after the cursor: it cannot bring back a skipped change).
    private static async Task<(int Exit, int Rounds, string Output)> PullAndVerifyAsync(IReadOnlyDictionary<string, string> environment, string[] connection)
    {
        var (exit, output) = (-1, "");
        var round = 0;
        while (round < 3 && exit != 0)
        {
            round++;
            var pull = await SyncProcess.RunAsync(environment, CommandLimit, ["pull", "--no-progress", .. connection]);
            if (pull.ExitCode != 0)
            {
                return (pull.ExitCode, round, $"pull exited with {pull.ExitCode}: {pull.Output}");
            }

            (exit, output) = await SyncProcess.RunAsync(environment, CommandLimit, ["verify", .. connection]);
        }

        return (exit, round, output);
    }

    /// <summary>Polls <paramref name="condition"/> every 10 ms; false when it does not hold within <paramref name="limit"/>.</summary>
    private static async Task<bool> Until(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
