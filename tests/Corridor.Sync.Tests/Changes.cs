using System.Text.Json;
using Corridor.Sync.Feeds;

namespace Corridor.Sync.Tests;

/// <summary>Change feed entries and pages for tests.</summary>
internal static class Changes
{
    public static ChangeEntry Upsert(string position, string id, long version, string title = "t", string type = "problem", string kind = "Updated") =>
        new(position, type, id, "450000", kind, version, Hash(id, version, title),
            JsonSerializer.SerializeToElement(new { id, title, version }), "tester", DateTime.UtcNow);

    public static ChangeEntry Delete(string position, string id, long version, string type = "problem") =>
        new(position, type, id, "450000", ChangeEntry.Deleted, version, null, null, "tester", DateTime.UtcNow);

    public static ChangePage Page(string next, bool hasMore, params ChangeEntry[] changes) => new(changes, next, hasMore);

    public static string Hash(string id, long version, string title) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{id}|{version}|{title}")));
}
