using Corridor.DevTools.Api;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Tokens;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Demo;

/// <summary><c>seed</c>: loads the demo data once; any error answer stops it with exit code 1 and the answer printed.</summary>
public sealed class SeedCommand : AsyncCommand<SeedSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SeedSettings settings, CancellationToken cancellationToken)
    {
        var urls = ServiceUrls.From(settings);
        var tokens = CallerTokens.From(settings.Key, settings.Identity);
        var wait = TimeSpan.FromSeconds(settings.WaitSeconds);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var disposeTokens = tokens as IDisposable;
        var api = new CorridorApiClient(http, tokens);
        var seeder = new DemoSeeder(api, urls, wait);
        try
        {
            var existing = await seeder.ExistingAgreementsAsync(cancellationToken);
            if (existing > 0)
            {
                AnsiConsole.MarkupLine($"[yellow]demo data already loaded[/] ({existing} agreement(s)): nothing to do");
                return ExitCodes.Ok;
            }

            if (AnsiConsole.Profile.Capabilities.Interactive)
            {
                await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(
                    "Loading the demo data", ctx => seeder.RunAsync(step => ctx.Status(Markup.Escape(step)), cancellationToken));
            }
            else
            {
                // Redirected output: the ✓ line of each step is the progress, without a live display.
                await seeder.RunAsync(_ => { }, cancellationToken);
            }
        }
        catch (ApiException ex)
        {
            ReportFailure(ex.Message, ex.Body);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is SeedFailedException or InvalidOperationException or TaskCanceledException)
        {
            ReportFailure(ex.Message, null);
            return ExitCodes.Failed;
        }

        WriteSummary(seeder);
        return ExitCodes.Ok;
    }

    private static void ReportFailure(string message, string? body)
    {
        AnsiConsole.MarkupLine($"[red bold]✗ seed failed:[/] {Markup.Escape(message)}");
        if (!string.IsNullOrWhiteSpace(body))
        {
            // The problem+json body, verbatim, so the error can be reported as it came.
            Console.Error.WriteLine(body);
        }
    }

    private static void WriteSummary(DemoSeeder seeder)
    {
        var table = new Table().Title("Demo data loaded").AddColumn("What").AddColumn("Name").AddColumn("Status");
        foreach (var a in seeder.SeededAgreements.Values)
        {
            table.AddRow("agreement", Markup.Escape(a.Title), $"{a.Status} ({a.Kind})");
        }

        foreach (var p in seeder.SeededProjects.Values)
        {
            table.AddRow("joint project", Markup.Escape(p.Title), p.Status);
        }

        foreach (var (team, deployments) in seeder.SeededTeams)
        {
            table.AddRow("team", Markup.Escape(team.Name), $"{team.Kind} {team.RegionCode}, {deployments} deployment(s)");
        }

        AnsiConsole.Write(table);
    }
}
