using System.Globalization;
using Spectre.Console;

namespace Corridor.Sync.Pull;

/// <summary>The table printed at the end of a pull.</summary>
public static class PullSummary
{
    public static Table Render(IReadOnlyList<PullStats> all, TimeSpan elapsed)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]corridor-sync pull[/]");
        foreach (var column in new[] { "Service", "Pages", "Changes", "Created", "Updated", "Deleted", "Unchanged", "Stale", "Re-snapshots", "Swept", "Records", "Duration", "Changes/s", "State" })
        {
            table.AddColumn(new TableColumn(column) { Alignment = column is "Service" or "State" ? Justify.Left : Justify.Right });
        }

        foreach (var stats in all)
        {
            table.AddRow(
                stats.Service, N(stats.Pages), N(stats.Changes), N(stats.Created), N(stats.Updated), N(stats.Deleted), N(stats.Unchanged), N(stats.Stale),
                N(stats.Resnapshots), N(stats.Swept), N(stats.Records), Seconds(stats.Elapsed), Rate(stats.Changes, stats.Elapsed),
                stats.Interrupted ? "[yellow]stopped[/]" : stats.CaughtUp ? "[green]caught up[/]" : "[yellow]behind[/]");
        }

        var changes = all.Sum(s => s.Changes);
        table.AddRow(
            "[bold]total[/]", N(all.Sum(s => s.Pages)), N(changes), N(all.Sum(s => s.Created)), N(all.Sum(s => s.Updated)), N(all.Sum(s => s.Deleted)),
            N(all.Sum(s => s.Unchanged)), N(all.Sum(s => s.Stale)), N(all.Sum(s => s.Resnapshots)), N(all.Sum(s => s.Swept)), N(all.Sum(s => s.Records)),
            Seconds(elapsed), Rate(changes, elapsed), "");
        return table;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Rate(long changes, TimeSpan elapsed) =>
        elapsed > TimeSpan.Zero ? (changes / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
}
