using System.ComponentModel;
using Corridor.Sync.Feeds;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Cli;

/// <summary>The options of the commands that work on the local mirror.</summary>
public class MirrorSettings : ConnectionSettings
{
    [CommandOption("-m|--mirror <PATH>")]
    [Description("The mirror's SQLite file (created when missing). Env CORRIDOR_SYNC_MIRROR.")]
    public string? Mirror { get; set; }

    [CommandOption("--services <LIST>")]
    [Description("Which services, comma-separated: lists, agreements, teams, directory.")]
    [DefaultValue("lists,agreements,teams,directory")]
    public string Services { get; set; } = "lists,agreements,teams,directory";

    public string MirrorPath => !string.IsNullOrWhiteSpace(Mirror)
        ? Mirror
        : Environment.GetEnvironmentVariable("CORRIDOR_SYNC_MIRROR") is { Length: > 0 } path ? path : "corridor-mirror.db";

    /// <summary>The chosen services in a fixed order.</summary>
    public IReadOnlyList<SyncService> SelectedServices()
    {
        var names = Services.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => SyncService.Named(n) is null).ToArray();
        if (names.Length == 0 || unknown.Length > 0)
        {
            throw new SyncFailure(
                $"--services: unknown service '{string.Join("', '", unknown)}'; choose from {string.Join(", ", SyncService.All.Select(s => s.Name))}.", ExitCodes.Usage);
        }

        return SyncService.All.Where(s => names.Any(n => SyncService.Named(n) == s)).ToArray();
    }

    public override ValidationResult Validate()
    {
        try
        {
            _ = SelectedServices();
        }
        catch (SyncFailure invalid)
        {
            return ValidationResult.Error(invalid.Message);
        }

        return base.Validate();
    }
}
