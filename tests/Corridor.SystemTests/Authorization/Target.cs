using System.Globalization;

namespace Corridor.SystemTests.Authorization;

/// <summary>A record prepared for one cell: the values its route and body need ($id, $version, $etag, and extras).</summary>
public sealed class Target
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Target(Guid id, long version)
    {
        _values["id"] = id.ToString();
        Version = version;
    }

    private Target()
    {
    }

    public static Target None { get; } = new();

    public long Version
    {
        get => long.Parse(_values["version"], CultureInfo.InvariantCulture);
        set
        {
            _values["version"] = value.ToString(CultureInfo.InvariantCulture);
            _values["etag"] = $"\"v{value}\"";
        }
    }

    public Guid Id => Guid.Parse(_values["id"]);

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? ETag => _values.GetValueOrDefault("etag");

    public Target With(string name, string value)
    {
        _values[name] = value;
        return this;
    }

    /// <summary>Replaces $name in a JSON template by the value, longest names first.</summary>
    public string Fill(string template)
    {
        foreach (var (name, value) in _values.OrderByDescending(v => v.Key.Length))
        {
            template = template.Replace("$" + name, value, StringComparison.Ordinal);
        }

        return template;
    }
}
