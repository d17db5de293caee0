namespace Corridor.DevTools.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        Corridor local development tools

        Usage:
          devtools seed [--agreements <url>] [--lists <url>] [--teams <url>] [--identity <url> | --key <signing key>] [--wait-seconds 30]
              Loads the demo data through the REST APIs (does nothing when agreements already exist), with real
              tokens from the Identity service: each region's sync client, its demo staff and coordinator, the secretariat.
          devtools endpoints [--agreements <url>] [--lists <url>] [--teams <url>] [--identity <url>] [--gateway <url>]
              Prints the services' URLs, the demo clients and people, two live tokens and an example curl.
          devtools hash-password < passwords.txt
              Prints the PasswordHasher (V3) hash of each password on standard input, for Identity:Users:n:PasswordHash.
          devtools token --region <code> [--organ <code>] [--roles member,coordinator] [--subject <name>] [--hours 12] [--key <signing key>]
              Prints a development token, for services configured with Auth:DevelopmentSigningKey (tests), not the local run.
          devtools demo-organs
              Prints the demo organs: region, name, organ code (GB 32100).

        Defaults: agreements http://127.0.0.1:5201, lists http://127.0.0.1:5101, teams http://127.0.0.1:5301,
        identity http://127.0.0.1:5401, gateway http://127.0.0.1:5001, key = the development signing key of the tests.
        Demo credentials: client sync-<region> / demo-<region>-sync-secret-not-for-production; people staff-<region>,
        coordinator-<region>, secretariat, each with password demo-<user name>.
        """;
}
