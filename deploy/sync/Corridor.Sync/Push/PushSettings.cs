using System.ComponentModel;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Push;

public sealed class PushSettings : ConnectionSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The batch: .json ({ \"items\": [...] } or an array), .csv or .xlsx (the Lists template's columns).")]
    public string File { get; set; } = "";

    [CommandOption("-l|--list <LIST>")]
    [Description("Which list the file holds: resources or problems.")]
    public string? List { get; set; }

    [CommandOption("--idempotency-key <KEY>")]
    [Description("The Idempotency-Key; by default derived from the list and the file's content, so re-running the same file replays the first answer.")]
    public string? IdempotencyKey { get; set; }

    [CommandOption("--organ <ID>")]
    [Description("The organ of your region the batch is filed for (a region's sync client acts for any of its organs); default: the client's own.")]
    public string? Organ { get; set; }

    [CommandOption("--rejected-only")]
    [Description("List only the rejected items (the counts cover all).")]
    public bool RejectedOnly { get; set; }

    public override ValidationResult Validate()
    {
        if (List is not ("resources" or "problems"))
        {
            return ValidationResult.Error("--list must be 'resources' or 'problems'.");
        }

        if (!System.IO.File.Exists(File))
        {
            return ValidationResult.Error($"The file '{File}' does not exist.");
        }

        if (Organ is { } organ && (organ.Trim().Length is 0 or > 64))
        {
            return ValidationResult.Error("--organ must be an organ id of 1 to 64 characters.");
        }

        if (IdempotencyKey is { } key && (key.Trim().Length == 0 || key.Length > 200))
        {
            return ValidationResult.Error("--idempotency-key must be 1 to 200 characters.");
        }

        return base.Validate();
    }
}
