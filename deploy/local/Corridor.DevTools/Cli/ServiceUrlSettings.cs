using System.ComponentModel;
using Corridor.DevTools.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Cli;

/// <summary>Where the services answer (REST); the commands that call them take these.</summary>
public class ServiceUrlSettings : CommandSettings
{
    [CommandOption("--agreements <URL>")]
    [Description("The Agreements service (REST).")]
    [DefaultValue(ServiceUrls.DefaultAgreements)]
    public string Agreements { get; set; } = ServiceUrls.DefaultAgreements;

    [CommandOption("--lists <URL>")]
    [Description("The Lists service (REST).")]
    [DefaultValue(ServiceUrls.DefaultLists)]
    public string Lists { get; set; } = ServiceUrls.DefaultLists;

    [CommandOption("--teams <URL>")]
    [Description("The Teams service (REST).")]
    [DefaultValue(ServiceUrls.DefaultTeams)]
    public string Teams { get; set; } = ServiceUrls.DefaultTeams;

    [CommandOption("--directory <URL>")]
    [Description("The Directory service (REST).")]
    [DefaultValue(ServiceUrls.DefaultDirectory)]
    public string Directory { get; set; } = ServiceUrls.DefaultDirectory;

    public override ValidationResult Validate() => Check(
        HttpUrl.Problem("agreements", Agreements), HttpUrl.Problem("lists", Lists), HttpUrl.Problem("teams", Teams), HttpUrl.Problem("directory", Directory));

    /// <summary>The first problem found, or success.</summary>
    protected static ValidationResult Check(params string?[] problems) =>
        problems.FirstOrDefault(p => p is not null) is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();

    protected static string? RangeProblem(string option, int value, int min, int max) =>
        value < min || value > max ? $"Option --{option} must be a whole number from {min} to {max}." : null;
}
