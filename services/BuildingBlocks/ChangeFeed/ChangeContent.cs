using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>The canonical JSON of a record in the feed and its hash; the journal and the state listing use the same code, so equal records hash equally.</summary>
public static class ChangeContent
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(object view) => JsonSerializer.Serialize(view, view.GetType(), JsonOptions);

    /// <summary>Lower-case hex SHA-256 of the UTF-8 content; the hash of nothing for a deletion.</summary>
    public static string Hash(string? content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? "")));
}
