using System.Text.Json.Nodes;

namespace Corridor.Gateway.OpenApi;

/// <summary>
/// Merges the services' OpenAPI documents into one: paths side by side, tags united, and component
/// schemas shared when identical. A schema name two services use for different shapes is prefixed
/// with the service name in that service's part, references included, so no definition is lost.
/// </summary>
public static class OpenApiMerger
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    public static JsonObject Merge(IReadOnlyList<(string Service, JsonObject Document)> documents, string title, string description)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new List<JsonNode>();
        var tagNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (service, original) in documents)
        {
            var document = (JsonObject)original.DeepClone();
            var renames = RenameClashingSchemas(service, document, schemas);
            if (renames.Count > 0)
            {
                RewriteReferences(document, renames);
            }

            foreach (var (name, schema) in Section(document, "components", "schemas"))
            {
                schemas[renames.GetValueOrDefault(name, name)] ??= schema!.DeepClone();
            }

            foreach (var (name, scheme) in Section(document, "components", "securitySchemes"))
            {
                securitySchemes[name] ??= scheme!.DeepClone();
            }

            foreach (var (path, item) in Section(document, "paths"))
            {
                if (paths.ContainsKey(path))
                {
                    throw new InvalidOperationException($"The path '{path}' is declared by more than one service (again by {service}).");
                }

                paths[path] = item!.DeepClone();
            }

            foreach (var tag in document["tags"]?.AsArray() ?? [])
            {
                if (tag?["name"]?.GetValue<string>() is { } tagName && tagNames.Add(tagName))
                {
                    tags.Add(tag.DeepClone());
                }
            }
        }

        var merged = new JsonObject
        {
            ["openapi"] = documents.Count > 0 ? documents[0].Document["openapi"]?.DeepClone() : "3.1.1",
            ["info"] = new JsonObject { ["title"] = title, ["description"] = description, ["version"] = "v1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        if (securitySchemes.Count > 0)
        {
            merged["components"]!["securitySchemes"] = securitySchemes;
        }

        if (tags.Count > 0)
        {
            merged["tags"] = new JsonArray([.. tags.OrderBy(t => t["name"]!.GetValue<string>(), StringComparer.Ordinal)]);
        }

        return merged;
    }

    private static Dictionary<string, string> RenameClashingSchemas(string service, JsonObject document, JsonObject merged)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, schema) in Section(document, "components", "schemas"))
        {
            if (merged[name] is { } existing && !JsonNode.DeepEquals(existing, schema))
            {
                renames[name] = service + name;
            }
        }

        return renames;
    }

    private static void RewriteReferences(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target
                    && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
                    && renames.TryGetValue(target[SchemaRefPrefix.Length..], out var renamed))
                {
                    obj["$ref"] = SchemaRefPrefix + renamed;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    RewriteReferences(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RewriteReferences(child, renames);
                }

                break;
        }
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Section(JsonObject document, params string[] path)
    {
        JsonNode? node = document;
        foreach (var name in path)
        {
            node = node?[name];
        }

        return node is JsonObject section ? section.ToList() : [];
    }
}
