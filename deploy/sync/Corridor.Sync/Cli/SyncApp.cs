using Corridor.Sync.Pull;
using Corridor.Sync.Push;
using Corridor.Sync.Verify;
using Spectre.Console.Cli;

namespace Corridor.Sync.Cli;

/// <summary>The command line of corridor-sync: pull, push, verify.</summary>
public static class SyncApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("corridor-sync");
            config.Settings.StrictParsing = true;
            config.AddCommand<PullCommand>("pull")
                .WithDescription("Mirror the services' change feeds into a local SQLite file (resumable; --follow keeps it current).")
                .WithExample("pull", "--mirror", "corridor-mirror.db", "--authority", "http://127.0.0.1:5401", "--client-id", "sync-450000")
                .WithExample("pull", "--follow", "--until-idle", "5m");
            config.AddCommand<PushCommand>("push")
                .WithDescription("Submit a CSV/xlsx/JSON batch of resources or problems and print the per-item report.")
                .WithExample("push", "resources.xlsx", "--list", "resources");
            config.AddCommand<VerifyCommand>("verify")
                .WithDescription("Compare the mirror with the services' current state; exit code 0 only when identical.")
                .WithExample("verify", "--mirror", "corridor-mirror.db");
            config.SetExceptionHandler((exception, _) => Failures.Report(exception));
        });
        return app;
    }
}
