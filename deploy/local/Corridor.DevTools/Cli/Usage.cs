namespace Corridor.DevTools.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        Corridor local development tools

        Usage:
          devtools token --region <code> [--organ <code>] [--roles member,coordinator] [--subject <name>] [--hours 12] [--key <signing key>]
              Prints a development token. --organ defaults to the demo organ of the region.
          devtools demo-organs
              Prints the demo organs: region, name, organ code (GB 32100).
          devtools seed [--agreements <url>] [--lists <url>] [--teams <url>] [--key <signing key>] [--wait-seconds 30]
              Loads the demo data through the REST APIs (does nothing when agreements already exist).
          devtools endpoints [--agreements <url>] [--lists <url>] [--teams <url>] [--key <signing key>] [--hours 12]
              Prints the services' URLs, demo tokens and an example curl.

        Defaults: agreements http://127.0.0.1:5201, lists http://127.0.0.1:5101, teams http://127.0.0.1:5301,
        key = the services' development signing key (appsettings.json, Auth:DevelopmentSigningKey).
        """;
}
