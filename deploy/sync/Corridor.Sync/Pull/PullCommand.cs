using System.Diagnostics;
using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Pull;

/// <summary><c>corridor-sync pull</c>: mirrors the services' change feeds into the local SQLite file, the three services side by side.</summary>
public sealed class PullCommand : AsyncCommand<PullSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PullSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        var services = settings.SelectedServices();
        using var clients = new SyncClients(connection, string.Join(' ', services.Select(s => s.ReadScope)), Output.Warn);
        using var store = MirrorStore.Open(settings.MirrorPath, TimeProvider.System);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.MaxDurationValue is { } maxDuration)
        {
            stop.CancelAfter(maxDuration);
        }

        var options = new PullOptions(settings.Limit, settings.Follow, settings.PollIntervalValue, settings.UntilIdleValue);
        var pullers = services.Select(s => (Service: s, Puller: new ServicePuller(clients.Feed(s), store, options, TimeProvider.System))).ToArray();
        var clock = Stopwatch.StartNew();
        var interactive = !settings.NoProgress && AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        var stats = interactive
            ? await RunWithProgressAsync(pullers, stop)
            : await RunAsync(pullers, PlainReporter(), stop);
        clock.Stop();

        AnsiConsole.Write(PullSummary.Render(stats, clock.Elapsed));
        AnsiConsole.MarkupLine($"Mirror: [blue]{Markup.Escape(Path.GetFullPath(settings.MirrorPath))}[/]");
        // Ctrl+C is a normal way to end --follow, but a script must be able to tell it from a completed pull.
        return cancellationToken.IsCancellationRequested ? 130 : ExitCodes.Ok;
    }

    private static async Task<PullStats[]> RunAsync(
        IReadOnlyList<(SyncService Service, ServicePuller Puller)> pullers, IProgress<PullProgress> progress, CancellationTokenSource stop)
    {
        // One service failing stops the others between pages, so the run ends with the failure and everything committed so far.
        return await Task.WhenAll(pullers.Select(async p =>
        {
            try
            {
                return await p.Puller.RunAsync(progress, stop.Token);
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }));
    }

    private static async Task<PullStats[]> RunWithProgressAsync(IReadOnlyList<(SyncService Service, ServicePuller Puller)> pullers, CancellationTokenSource stop)
    {
        PullStats[] stats = [];
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = pullers.ToDictionary(p => p.Service.Name, p => context.AddTask(Describe(new PullProgress(p.Service.Name, 0, 0, false, false))).IsIndeterminate());
                var progress = new ProgressReporter<PullProgress>(p =>
                {
                    var task = tasks[p.Service];
                    task.Description = Describe(p);
                    task.IsIndeterminate = !p.CaughtUp;
                    task.Value = p.CaughtUp ? task.MaxValue : 0;
                });
                stats = await RunAsync(pullers, progress, stop);
                foreach (var task in tasks.Values)
                {
                    task.StopTask();
                }
            });
        return stats;
    }

    private static ProgressReporter<PullProgress> PlainReporter()
    {
        var caughtUp = new HashSet<string>();
        var resnapshotting = new HashSet<string>();
        var gate = new Lock();
        return new ProgressReporter<PullProgress>(p =>
        {
            lock (gate)
            {
                if (p.Resnapshotting && resnapshotting.Add(p.Service))
                {
                    Console.Out.WriteLine($"{p.Service}: the feed no longer holds the mirror's cursor; re-reading it from the start");
                }

                if (p.CaughtUp && caughtUp.Add(p.Service))
                {
                    Console.Out.WriteLine($"{p.Service}: caught up after {p.Changes:N0} changes in {p.Pages:N0} pages");
                }
            }
        });
    }

    private static string Describe(PullProgress p) =>
        $"{p.Service,-10} {p.Changes,12:N0} changes {p.Pages,8:N0} pages"
        + (p.Resnapshotting ? " [yellow]re-snapshot[/]" : "")
        + (p.CaughtUp ? " [green]caught up[/]" : "");
}
