namespace Corridor.SystemTests.Configuration;

/// <summary>
/// A setting the reference must document, by its environment-variable name (<c>A:B:C</c> → <c>A__B__C</c>,
/// list entries as index 0). A dictionary is a prefix: any documented <c>Prefix&lt;key&gt;</c> covers it.
/// </summary>
public sealed record RequiredSetting(string Variable, bool IsPrefix, string Source)
{
    public static RequiredSetting FromKey(string key, string source, bool isPrefix = false) =>
        new(ToVariable(key), isPrefix, source);

    public static string ToVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public bool IsCoveredBy(string documented) =>
        IsPrefix ? documented.StartsWith(Variable, StringComparison.Ordinal) : documented == Variable;
}
