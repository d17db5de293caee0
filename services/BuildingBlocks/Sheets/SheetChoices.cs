namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// The values a column accepts: each canonical (English) name with its Chinese label. People filling a
/// sheet write either; the request carries the canonical name, so validation and storage stay as for JSON.
/// </summary>
public sealed class SheetChoices
{
    private readonly Dictionary<string, string> _canonicalByWritten;

    public SheetChoices(IReadOnlyList<(string Name, string Label)> choices)
    {
        Choices = choices;
        _canonicalByWritten = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, label) in choices)
        {
            _canonicalByWritten[Normalize(name)] = name;
            _canonicalByWritten[Normalize(label)] = name;
        }
    }

    public IReadOnlyList<(string Name, string Label)> Choices { get; }

    public string Described => string.Join(", ", Choices.Select(c => $"{c.Label} ({c.Name})"));

    public static SheetChoices Of<TEnum>(IReadOnlyDictionary<TEnum, string> labels)
        where TEnum : struct, Enum =>
        new(Enum.GetValues<TEnum>().Select(v => (v.ToString(), labels[v])).ToArray());

    public bool TryCanonical(string written, out string name) => _canonicalByWritten.TryGetValue(Normalize(written), out name!);

    private static string Normalize(string value) => new(value.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-' && c != '&').ToArray());
}
