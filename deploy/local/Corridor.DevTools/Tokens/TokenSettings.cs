using System.ComponentModel;
using Corridor.BuildingBlocks.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Tokens;

public sealed class TokenSettings : CommandSettings
{
    public const int MaxHours = 24 * 365;

    [CommandOption("--region <CODE>")]
    [Description("Required: the caller's member region (GB/T 2260 code).")]
    public string? Region { get; set; }

    [CommandOption("--organ <CODE>")]
    [Description("The caller's organ (GB 32100); default: the region's demo organ.")]
    public string? Organ { get; set; }

    [CommandOption("--roles <ROLES>")]
    [Description("Comma-separated roles: member, coordinator, secretariat, sync-client, admin.")]
    [DefaultValue(CorridorRoles.Member)]
    public string Roles { get; set; } = CorridorRoles.Member;

    [CommandOption("--subject <NAME>")]
    [Description("The token's subject; default dev-<region>-<last role>.")]
    public string? Subject { get; set; }

    [CommandOption("--hours <HOURS>")]
    [Description("How long the token is valid (1 to 8760).")]
    [DefaultValue(12)]
    public int Hours { get; set; } = 12;

    [CommandOption("--key <SIGNING_KEY>")]
    [Description("The signing key; default: the development signing key of the services' Development settings.")]
    public string Key { get; set; } = DevSigningKey.Default;

    public override ValidationResult Validate()
    {
        if (Region is null)
        {
            return ValidationResult.Error("Option --region is required.");
        }

        return Hours is < 1 or > MaxHours
            ? ValidationResult.Error($"Option --hours must be a whole number from 1 to {MaxHours}.")
            : ValidationResult.Success();
    }
}
