using System.Net;
using System.Text.Json;

namespace Corridor.Benchmarks.Mirror;

/// <summary>One write's answer: the record's id when the body carries it, and the version its ETag ("v{version}") names.</summary>
internal sealed record WriteAnswer(HttpStatusCode Status, Guid? Id, string? ETag)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;

    /// <summary>404, 409 and 412: the writer lost a race (e.g. an event consumer changed the record in between).</summary>
    public bool LostRace => Status is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed;

    public long? Version => ETag is { Length: > 3 } tag && long.TryParse(tag.Trim('"').TrimStart('v'), out var version) ? version : null;

    public static async Task<WriteAnswer> ReadAsync(HttpResponseMessage response)
    {
        Guid? id = null;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("id", out var idProperty) && idProperty.TryGetGuid(out var parsed))
            {
                id = parsed;
            }
        }

        return new WriteAnswer(response.StatusCode, id, response.Headers.ETag?.Tag);
    }
}
