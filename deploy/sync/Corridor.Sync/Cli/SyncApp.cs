using Corridor.Sync.Pull;
using Corridor.Sync.Push;
using Corridor.Sync.Verify;
using Corridor.Sync.Webhooks;
using Spectre.Console.Cli;

namespace Corridor.Sync.Cli;

/// <summary>The command line of corridor-sync: pull, push, verify, and the webhook endpoints (an alternative to polling).</summary>
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
            config.AddBranch<WebhookSettings>("webhook", webhook =>
            {
                webhook.SetDescription("Have the region's changes POSTed to your system (signed), instead of polling: add, list, remove, rotate.");
                webhook.AddCommand<WebhookAddCommand>("add")
                    .WithDescription("Register a receiver URL; prints its id and signing secret.")
                    .WithExample("webhook", "add", "--url", "https://sync.gx.example/corridor", "--events", "ProblemUrged,ProjectSubmitted");
                webhook.AddCommand<WebhookListCommand>("list").WithDescription("The region's endpoints: id, URL, events, status, failing since.");
                webhook.AddCommand<WebhookRemoveCommand>("remove").WithDescription("Delete an endpoint; nothing more is sent to it.");
                webhook.AddCommand<WebhookRotateCommand>("rotate")
                    .WithDescription("A new signing secret now; the old one keeps signing for --overlap (default 24h).")
                    .WithExample("webhook", "rotate", "3f2b9c1e-0000-4000-8000-000000000000", "--overlap", "48h");
            });
            config.SetExceptionHandler((exception, _) => Failures.Report(exception));
        });
        return app;
    }
}
