using System.Text.RegularExpressions;

namespace Corridor.Agreements.Agreements;

/// <summary>Where the signed document is kept and its SHA-256, so a copy can be verified; the file itself is not stored here.</summary>
public sealed partial record DocumentReference(string Sha256, string Location)
{
    public const int MaxLocation = 500;

    public static bool IsSha256(string? value) => value is not null && Hex64().IsMatch(value);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hex64();
}
