using System.Globalization;
using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Verify;

/// <summary>
/// <c>corridor-sync verify</c>: reads each service's current state (computed from the records themselves) and
/// compares it with the mirror. Exit code 0 only when they are identical. Run it when no pull is running
/// and the sources are quiet: changes made since the last pull show as differences.
/// </summary>
public sealed class VerifyCommand : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        var services = settings.SelectedServices();
        using var clients = new SyncClients(connection, string.Join(' ', services.Select(s => s.ReadScope)), Output.Warn);
        using var store = MirrorStore.Open(settings.MirrorPath, TimeProvider.System);

        var summary = new Table().Border(TableBorder.Rounded).Title("[bold]corridor-sync verify[/]");
        foreach (var column in new[] { "Service", "Source", "Mirror", "Missing", "Extra", "Version differs", "Hash differs", "Region differs", "Result" })
        {
            summary.AddColumn(new TableColumn(column) { Alignment = column is "Service" or "Result" ? Justify.Left : Justify.Right });
        }

        var all = new List<Difference>();
        foreach (var service in services)
        {
            var source = await ReadStateAsync(clients.Feed(service), settings.Limit, cancellationToken);
            var mirror = store.Records(service.Name);
            var differences = MirrorComparison.Compare(service.Name, source, mirror);
            all.AddRange(differences);
            summary.AddRow(
                service.Name, N(source.Count), N(mirror.Count), Count(differences, DifferenceKind.Missing), Count(differences, DifferenceKind.Extra),
                Count(differences, DifferenceKind.VersionDiffers), Count(differences, DifferenceKind.HashDiffers), Count(differences, DifferenceKind.RegionDiffers),
                differences.Count == 0 ? "[green]identical[/]" : "[red]differs[/]");
        }

        AnsiConsole.Write(summary);
        if (all.Count > 0 && settings.Show > 0)
        {
            var details = new Table().Border(TableBorder.Simple).Title($"Differences (first {Math.Min(settings.Show, all.Count)} of {all.Count})");
            details.AddColumns("Service", "Type", "Id", "Difference", "Source", "Mirror");
            foreach (var difference in all.Take(settings.Show))
            {
                details.AddRow(
                    difference.Service, difference.RecordType, difference.RecordId, difference.Kind.ToString(),
                    Markup.Escape(difference.Source ?? "-"), Markup.Escape(difference.Mirror ?? "-"));
            }

            AnsiConsole.Write(details);
        }

        AnsiConsole.MarkupLine(all.Count == 0
            ? "[green]The mirror is identical to the source.[/]"
            : $"[red]The mirror differs from the source in {all.Count:N0} records.[/] Run pull, then verify again while the sources are quiet.");
        return all.Count == 0 ? ExitCodes.Ok : ExitCodes.Differences;
    }

    private static async Task<List<StateRecord>> ReadStateAsync(IChangeFeed feed, int limit, CancellationToken cancellationToken)
    {
        var records = new List<StateRecord>();
        string? after = null;
        // Bounded: a state read that does not advance would otherwise loop forever.
        for (var pages = 0; pages < 1_000_000; pages++)
        {
            var page = await feed.ReadStateAsync(after, limit, cancellationToken);
            records.AddRange(page.Records);
            if (!page.HasMore)
            {
                return records;
            }

            if (page.Next is null || page.Next == after)
            {
                throw new SyncFailure($"The {feed.Service.Name} state answered more to come without a new cursor.", ExitCodes.Refused);
            }

            after = page.Next;
        }

        throw new SyncFailure($"The {feed.Service.Name} state did not end.", ExitCodes.Refused);
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(IReadOnlyList<Difference> differences, DifferenceKind kind)
    {
        var count = differences.Count(d => d.Kind == kind);
        return count == 0 ? "0" : $"[red]{count:N0}[/]";
    }
}
