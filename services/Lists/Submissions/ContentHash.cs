using System.Security.Cryptography;
using System.Text;

namespace Corridor.Lists.Submissions;

/// <summary>
/// A canonical SHA-256 of an item's business fields: fields in ordinal name order, strings trimmed and
/// NFC-normalized, so the same content hashes the same however it was typed or ordered.
/// </summary>
public static class ContentHash
{
    public static string Of(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var canonical = new StringBuilder();
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            canonical.Append(name).Append('\u001F').Append(Normalize(value)).Append('\u001E');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    // Null and empty are one value: a spreadsheet cannot tell them apart.
    private static string Normalize(string? value) => (value ?? "").Trim().Normalize(NormalizationForm.FormC);
}
