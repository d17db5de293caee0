using Corridor.DevTools.Demo;
using Corridor.DevTools.Endpoints;
using Corridor.DevTools.Messaging;
using Corridor.DevTools.Tokens;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Cli;

/// <summary>The command line of the local development tools: seed, endpoints, hash-password, token, demo-organs, replay-errors.</summary>
public static class DevToolsApp
{
    public const string Name = "devtools";

    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(Name);
            config.Settings.StrictParsing = true;
            // Usage errors and the commands' own UsageException reach Program, which prints one line and exits with 2;
            // anything else ends the process as an unhandled exception, as a bug should.
            config.PropagateExceptions();
            config.AddCommand<SeedCommand>("seed")
                .WithDescription(
                    "Loads the demo data through the REST APIs (does nothing when agreements already exist), with real tokens from the " +
                    "Identity service: each region's sync client, its demo staff and coordinator, the secretariat.")
                .WithExample("seed", "--identity", CallerTokens.DefaultIdentity)
                .WithExample("seed", "--key", "<signing key>");
            config.AddCommand<EndpointsCommand>("endpoints")
                .WithDescription("Prints the services' URLs, the demo clients and people, two live tokens and an example curl.")
                .WithExample("endpoints", "--gateway", EndpointsCommand.DefaultGateway);
            config.AddCommand<HashPasswordCommand>("hash-password")
                .WithDescription("Prints the PasswordHasher (V3) hash of each password on standard input, for Identity:Users:n:PasswordHash.")
                .WithExample("hash-password", "<", "passwords.txt");
            config.AddCommand<TokenCommand>("token")
                .WithDescription("Prints a development token, for services configured with Auth:DevelopmentSigningKey (tests), not the local run.")
                .WithExample("token", "--region", DemoOrgans.Yulin, "--roles", "member,coordinator");
            config.AddCommand<DemoOrgansCommand>("demo-organs")
                .WithDescription("Prints the demo organs: region, name, organ code (GB 32100).");
            config.AddCommand<ReplayErrorsCommand>("replay-errors")
                .WithDescription("Moves the messages parked in <queue>_error back into <queue>, after the cause is fixed; consumers' inboxes drop any already applied.")
                .WithExample("replay-errors", "--broker", "amqp://guest:guest@127.0.0.1:5682/", "--queue", "lists-team-deployed");
        });
        return app;
    }
}
