using System.Collections.Frozen;

namespace Corridor.DirectoryService.Regions;

/// <summary>
/// The GB/T 2260 division table shipped with the service (Regions/gbt2260.csv, an embedded resource: code, name,
/// parent_code), read once. What is a division and what lies under what is decided here, never by a compiled list.
/// </summary>
public sealed class DivisionTable
{
    private const string Resource = "Corridor.DirectoryService.Regions.gbt2260.csv";

    private readonly FrozenDictionary<string, Division> _byCode;
    private readonly FrozenDictionary<string, Division[]> _children;

    private DivisionTable(IReadOnlyList<Division> divisions)
    {
        All = divisions;
        _byCode = divisions.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        _children = divisions.GroupBy(d => d.ParentCode ?? "", StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The table of the running service (the embedded resource).</summary>
    public static DivisionTable Shipped { get; } = Load();

    public IReadOnlyList<Division> All { get; }

    public Division? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The divisions directly under <paramref name="parentCode"/> ("" or null: the provinces), ordered by code.</summary>
    public IReadOnlyList<Division> ChildrenOf(string? parentCode) => _children.GetValueOrDefault(parentCode ?? "", []);

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public bool IsWithin(string code, string ancestor)
    {
        for (var current = Find(code); current is not null; current = Find(current.ParentCode))
        {
            if (current.Code == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static DivisionTable Load()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The division table {Resource} is not embedded in the service.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header != "code,name,parent_code")
        {
            throw new InvalidOperationException($"The division table starts with '{header}', not the header code,name,parent_code.");
        }

        var divisions = new List<Division>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            divisions.Add(new Division(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2]));
        }

        return new DivisionTable(divisions);
    }
}
