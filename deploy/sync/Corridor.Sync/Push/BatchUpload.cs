using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Sync.Cli;

namespace Corridor.Sync.Push;

/// <summary>
/// A batch file made ready for the Lists endpoints: JSON goes to <c>/batch</c> (an array is wrapped as
/// <c>{ "items": [...] }</c>), a spreadsheet (.csv/.xlsx) to <c>/import</c> as multipart. The default
/// Idempotency-Key is derived from the list and the exact bytes sent, so the same file always gets the same key.
/// </summary>
public sealed record BatchUpload(string List, string FileName, bool IsSheet, byte[] Body)
{
    public string Path => IsSheet ? $"api/v1/{List}/import" : $"api/v1/{List}/batch";

    public string DefaultIdempotencyKey =>
        $"corridor-sync-{List}-{Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(List + "\n"), .. Body]))[..40]}";

    public static BatchUpload Read(string list, string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        switch (System.IO.Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv" or ".xlsx":
                return new BatchUpload(list, name, true, bytes);
            case ".json":
                return new BatchUpload(list, name, false, JsonBody(name, bytes));
            default:
                throw new SyncFailure($"'{name}': push reads .json, .csv or .xlsx files.", ExitCodes.Usage);
        }
    }

    public HttpContent Content()
    {
        if (!IsSheet)
        {
            var json = new ByteArrayContent(Body);
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return json;
        }

        var file = new ByteArrayContent(Body);
        file.Headers.ContentType = new MediaTypeHeaderValue(FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        return new MultipartFormDataContent { { file, "file", FileName } };
    }

    private static byte[] JsonBody(string name, byte[] bytes)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException invalid)
        {
            throw new SyncFailure($"'{name}' is not valid JSON: {invalid.Message}", ExitCodes.Usage, invalid);
        }

        return root switch
        {
            JsonArray => JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["items"] = root.DeepClone() }),
            JsonObject o when o["items"] is JsonArray => bytes,
            _ => throw new SyncFailure($"'{name}' must hold an array of items or an object {{ \"items\": [...] }}.", ExitCodes.Usage),
        };
    }
}
