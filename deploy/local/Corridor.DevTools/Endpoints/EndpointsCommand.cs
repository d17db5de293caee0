using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Api;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;
using Corridor.DevTools.Tokens;
using Spectre.Console;

namespace Corridor.DevTools.Endpoints;

/// <summary><c>endpoints</c>: where the services answer, demo tokens and a curl to paste.</summary>
public static class EndpointsCommand
{
    public static int Run(Arguments args)
    {
        var urls = ServiceUrls.From(args);
        var key = args.Or("key", DevSigningKey.Default);
        var hours = args.IntOr("hours", 12, 1, 24 * 365);
        args.EnsureAllRead();

        var table = new Table().Title("Corridor services (local)")
            .Caption("ready: <REST>/health/ready · OpenAPI: <REST>/openapi/v1.json")
            .AddColumn("Service")
            .AddColumn(new TableColumn("REST").NoWrap())
            .AddColumn(new TableColumn("gRPC (h2c)").NoWrap());
        AddService(table, "Agreements", urls.Agreements);
        AddService(table, "Lists", urls.Lists);
        AddService(table, "Teams", urls.Teams);
        AnsiConsole.Write(table);

        var issuer = new TokenIssuer(key, TimeSpan.FromHours(hours));
        var callers = new (string Label, CallerIdentity Caller)[]
        {
            ("Yulin coordinator", DemoCallers.Coordinator(DemoOrgans.Yulin)),
            ("Zhaoqing member", DemoCallers.Member(DemoOrgans.Zhaoqing)),
            ("Secretariat", DemoCallers.Secretariat()),
            ("Qinzhou member", DemoCallers.Member(DemoOrgans.Qinzhou)),
        };

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]Demo tokens[/] (valid {hours} h; others: devtools token --region <code> --roles <roles>)");
        var tokens = new List<string>();
        foreach (var (label, caller) in callers)
        {
            var organ = DemoOrgans.Of(caller.Region);
            AnsiConsole.MarkupLine($"[green]{label}[/] ({string.Join(",", caller.Roles)}) [grey]{caller.Region} {Markup.Escape(organ.Name)}[/]");
            var token = issuer.Issue(caller);
            tokens.Add(token);

            // Plain output: a token must not be wrapped or styled.
            Console.Out.WriteLine(token);
        }

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]Try it[/] (as the Yulin coordinator):");
        Console.Out.WriteLine($"curl -s -H \"Authorization: Bearer {tokens[0]}\" {new Uri(urls.Agreements, "/api/v1/agreements")}");
        Console.Out.WriteLine($"curl -s -H \"Authorization: Bearer {tokens[0]}\" {new Uri(urls.Teams, "/api/v1/approved-projects")}");
        return ExitCodes.Ok;
    }

    private static void AddService(Table table, string name, Uri rest) =>
        table.AddRow(name, rest.GetLeftPart(UriPartial.Authority), ServiceUrls.GrpcNextTo(rest).GetLeftPart(UriPartial.Authority));
}
