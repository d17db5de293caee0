using System.Net;
using System.Text.Json;

namespace Corridor.Benchmarks.Seeding;

/// <summary>POST /api/v1/problems/batch: every item must be created, or the run stops with the service's answer.</summary>
public static class ProblemBatch
{
    public static async Task<(List<Guid> Ids, int Created)> SubmitAsync(HttpClient lists, List<Dictionary<string, object?>> items)
    {
        var answer = await lists.PostOkAsync("/api/v1/problems/batch", new { items }, HttpStatusCode.OK);
        var created = answer.GetProperty("created").GetInt32();
        if (created != items.Count)
        {
            throw new InvalidOperationException($"The batch created {created} of {items.Count}: {Truncated(answer)}");
        }

        var ids = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        return (ids, created);
    }

    private static string Truncated(JsonElement answer)
    {
        var text = answer.GetRawText();
        return text.Length > 2000 ? text[..2000] : text;
    }
}
