namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// One column of a list's spreadsheet: the request field it fills and the headers it is known by; the
/// first header is the one the template writes. A column with <see cref="Choices"/> accepts their
/// Chinese labels as well as their canonical names.
/// </summary>
public sealed record SheetColumn(string Field, SheetValueKind Kind, params string[] Headers)
{
    public SheetChoices? Choices { get; init; }

    public string TemplateHeader => Headers[0];

    public bool Matches(string header)
    {
        var normalized = Normalize(header);
        return Headers.Any(h => Normalize(h) == normalized);
    }

    private static string Normalize(string header) =>
        new string(header.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-').ToArray()).ToUpperInvariant();
}
