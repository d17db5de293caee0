using Corridor.BuildingBlocks.Reference;
using Corridor.DevTools.Api;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;
using Corridor.DevTools.Tokens;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Endpoints;

/// <summary><c>endpoints</c>: where the services answer, the demo clients and people, two live tokens and a curl to paste.</summary>
public sealed class EndpointsCommand : AsyncCommand<EndpointsSettings>
{
    public const string DefaultGateway = "http://127.0.0.1:5001";

    private static readonly string[] ShownRegions = [DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Qinzhou];

    public override async Task<int> ExecuteAsync(CommandContext context, EndpointsSettings settings, CancellationToken cancellationToken)
    {
        var urls = ServiceUrls.From(settings);
        var identity = HttpUrl.Parse("identity", settings.Identity);
        var gateway = HttpUrl.Parse("gateway", settings.Gateway);

        var services = new Table().Title("Corridor services (local)")
            .Caption("ready: <REST>/health/ready · OpenAPI: <REST>/openapi/v1.json · discovery: Identity/.well-known/openid-configuration")
            .AddColumn("Service")
            .AddColumn(new TableColumn("REST").NoWrap())
            .AddColumn(new TableColumn("gRPC (h2c)").NoWrap());
        services.AddRow("Identity", Authority(identity), "-");
        AddService(services, "Agreements", urls.Agreements);
        AddService(services, "Lists", urls.Lists);
        AddService(services, "Teams", urls.Teams);
        AddService(services, "Directory", urls.Directory);
        AddService(services, "Gateway", gateway);
        AnsiConsole.Write(services);

        WriteClients();
        WritePeople();

        using var tokens = new IdentityTokens(identity);
        var yulinClient = DemoCredentials.SyncClientId(DemoOrgans.Yulin);
        var yulinCoordinator = DemoCredentials.CoordinatorUserName(DemoOrgans.Yulin);
        string clientToken;
        string personToken;
        try
        {
            clientToken = await tokens.ClientTokenAsync(DemoOrgans.Yulin, DemoCredentials.AllScopes, cancellationToken);
            personToken = await tokens.PersonTokenAsync(yulinCoordinator, "openid " + DemoCredentials.AllScopes, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            AnsiConsole.MarkupLine($"[red bold]✗ no demo token:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Failed;
        }

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]Demo tokens[/] (from Identity, valid 1 h)");
        AnsiConsole.MarkupLine($"[green]{yulinClient}[/] (client credentials, all scopes)");
        Console.Out.WriteLine(clientToken);
        AnsiConsole.MarkupLine($"[green]{yulinCoordinator}[/] (authorization code + PKCE through the sign-in page)");
        Console.Out.WriteLine(personToken);

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]Try it[/]: a token for {yulinClient} (client credentials), then the gateway with it");
        var tokenUrl = new Uri(identity, "/connect/token");

        // Plain output: commands must not be wrapped or styled.
        Console.Out.WriteLine(
            $"TOKEN=$(curl -s {tokenUrl} -d grant_type=client_credentials -d client_id={yulinClient} " +
            $"-d client_secret={DemoCredentials.SyncClientSecret(DemoOrgans.Yulin)} -d 'scope=lists.read agreements.read teams.read' " +
            "| sed -nE 's/.*\"access_token\": *\"([^\"]+)\".*/\\1/p')");
        Console.Out.WriteLine($"curl -s -H \"Authorization: Bearer $TOKEN\" {new Uri(gateway, "/api/v1/agreements")}");
        Console.Out.WriteLine($"curl -s -H \"Authorization: Bearer $TOKEN\" {new Uri(gateway, "/api/v1/problems")}");
        return ExitCodes.Ok;
    }

    private static void WriteClients()
    {
        var clients = new Table().Title("Demo sync clients (client credentials; scopes lists|agreements|teams|directory .read/.write)")
            .AddColumn(new TableColumn("client_id").NoWrap()).AddColumn(new TableColumn("client_secret").NoWrap()).AddColumn(new TableColumn("region").NoWrap());
        foreach (var region in ShownRegions)
        {
            clients.AddRow(
                DemoCredentials.SyncClientId(region),
                DemoCredentials.SyncClientSecret(region),
                $"{region} {Markup.Escape(CorridorRegions.Find(region)?.ChineseName ?? "")}");
        }

        AnsiConsole.WriteLine();
        AnsiConsole.Write(clients);
        AnsiConsole.MarkupLine(
            "[grey]Every member region <code> has [/]sync-<code>[grey] with secret [/]demo-<code>-sync-secret-not-for-production" +
            "[grey] and all eight scopes. Regions: [/]" + string.Join(" ", CorridorRegions.All.Select(r => r.Code)));
    }

    private static void WritePeople()
    {
        var people = new Table().Title("Demo people (console corridor-console: authorization code + PKCE; sign-in page /account/sign-in)")
            .AddColumn("user").AddColumn(new TableColumn("password").NoWrap()).AddColumn("roles").AddColumn("region");
        var staff = DemoCredentials.StaffUserName(DemoOrgans.Yulin);
        var coordinator = DemoCredentials.CoordinatorUserName(DemoOrgans.Yulin);
        people.AddRow(staff, DemoCredentials.Password(staff), "member", DemoOrgans.Yulin);
        people.AddRow(coordinator, DemoCredentials.Password(coordinator), "member, coordinator", DemoOrgans.Yulin);
        people.AddRow(DemoCredentials.SecretariatUserName, DemoCredentials.Password(DemoCredentials.SecretariatUserName), "member, secretariat", CorridorRegions.SecretariatRegion);

        AnsiConsole.WriteLine();
        AnsiConsole.Write(people);
        AnsiConsole.MarkupLine(
            "[grey]Every member region <code> has [/]staff-<code>[grey] (member) and [/]coordinator-<code>[grey] (member, coordinator); " +
            "the password is always [/]demo-<user name>[grey]. Scope offline_access adds a refresh token; sign-out: /connect/logout?id_token_hint=…[/]");
    }

    private static string Authority(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    private static void AddService(Table table, string name, Uri rest) =>
        table.AddRow(name, Authority(rest), Authority(ServiceUrls.GrpcNextTo(rest)));
}
