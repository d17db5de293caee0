using Corridor.BuildingBlocks.Reference;
using Corridor.DevTools.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Demo;

/// <summary><c>demo-organs</c>: the demo organ of every member region, with its organ code.</summary>
public sealed class DemoOrgansCommand : Command<EmptyCommandSettings>
{
    public override int Execute(CommandContext context, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().Title("Demo organs (直属机关工作委员会)")
            .Caption("* hosts the conference secretariat")
            .AddColumn("Region")
            .AddColumn(new TableColumn("Organ").NoWrap())
            .AddColumn(new TableColumn("Organ code (GB 32100)").NoWrap());
        foreach (var organ in DemoOrgans.All)
        {
            var secretariat = organ.RegionCode == CorridorRegions.SecretariatRegion ? " *" : "";
            table.AddRow(organ.RegionCode + secretariat, Markup.Escape(organ.Name), organ.OrganId);
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
