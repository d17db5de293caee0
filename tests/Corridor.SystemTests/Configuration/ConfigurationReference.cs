using System.Text.RegularExpressions;

namespace Corridor.SystemTests.Configuration;

/// <summary>
/// The configuration reference (<see cref="RelativePath"/>), read from the tables under its title. A row documents a
/// setting when its first cell is the key and its second the variable (<c>| `A:B` | `A__B` | …</c>), or, for a
/// variable without a key (<c>ASPNETCORE_ENVIRONMENT</c>), when its first cell is the variable alone.
/// </summary>
public sealed partial class ConfigurationReference
{
    /// <summary>Where the reference lives, relative to the repository root.</summary>
    public const string RelativePath = "docs/operations/configuration.md";

    private const string Title = "# Configuration reference";

    private ConfigurationReference(IReadOnlyList<string> variables, IReadOnlyList<string> mismatchedRows)
    {
        Variables = variables;
        MismatchedRows = mismatchedRows;
    }

    public IReadOnlyList<string> Variables { get; }

    /// <summary>Rows whose variable is not the key with ":" written as "__".</summary>
    public IReadOnlyList<string> MismatchedRows { get; }

    public static ConfigurationReference Read(string repositoryRoot)
    {
        var lines = File.ReadAllLines(Path.Combine(repositoryRoot, RelativePath));
        var start = Array.FindIndex(lines, l => l.Trim() == Title);
        if (start < 0)
        {
            throw new InvalidOperationException($"{RelativePath} has no \"{Title}\" title.");
        }

        // The reference's groups are "## " sections of its own; it ends only where another document title begins.
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("# ", StringComparison.Ordinal));
        var variables = new List<string>();
        var mismatched = new List<string>();
        foreach (var line in lines[(start + 1)..(end < 0 ? lines.Length : end)])
        {
            var cells = line.Trim().Split('|');
            if (cells.Length < 4 || cells[0].Length != 0 || Code(cells[1]) is not { } first)
            {
                continue;
            }

            if (!first.Contains(':', StringComparison.Ordinal))
            {
                variables.Add(first);
            }
            else if (Code(cells[2]) is { } second)
            {
                variables.Add(second);
                if (second != RequiredSetting.ToVariable(first))
                {
                    mismatched.Add(line);
                }
            }
        }

        return new ConfigurationReference(variables, mismatched);
    }

    /// <summary>The text of a cell that is one code span and nothing else.</summary>
    private static string? Code(string cell) => WholeCodeSpan().Match(cell.Trim()) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("^`([^`]+)`$")]
    private static partial Regex WholeCodeSpan();
}
