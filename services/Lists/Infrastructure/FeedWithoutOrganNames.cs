using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.ChangeFeed;

namespace Corridor.Lists.Infrastructure;

/// <summary>
/// A record's view as the change feed carries it: organ ids only. Organ names are joins with the directory read model
/// (a rename changes them without changing the record), so every <c>…OrganName</c> property, nested ones included, is
/// left out: a record's content and hash change only when the record does, and the directory's own feed has the names.
/// </summary>
internal static class FeedWithoutOrganNames
{
    // Case-insensitive: "organName" as well as "raisedByOrganName".
    private const string NameSuffix = "OrganName";

    public static Func<T, object> Of<T>(Func<T, object> view) => record =>
    {
        var content = view(record);
        var node = JsonSerializer.SerializeToNode(content, content.GetType(), ChangeContent.JsonOptions)!;
        Strip(node);
        return node;
    };

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var name in item.Select(p => p.Key).Where(k => k.EndsWith(NameSuffix, StringComparison.OrdinalIgnoreCase)).ToArray())
                {
                    item.Remove(name);
                }

                foreach (var (_, child) in item)
                {
                    Strip(child);
                }

                break;
            case JsonArray items:
                foreach (var child in items)
                {
                    Strip(child);
                }

                break;
        }
    }
}
