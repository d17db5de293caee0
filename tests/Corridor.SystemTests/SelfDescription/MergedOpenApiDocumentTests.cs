using System.Net;
using System.Text.Json.Nodes;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>
/// The gateway's merged document describes every REST call completely: request and response schemas, the sheet
/// imports' binary "file", the template downloads' content types, and only what must be sent as required.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MergedOpenApiDocumentTests(SharedRabbitMq rabbitMq)
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [SkippableFact]
    public async Task Every_operation_documents_its_bodies_and_optional_fields_are_not_required()
    {
        await using var system = await CorridorSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await using var gateway = await system.StartGatewayAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.RestAddress };
        var document = await (await anonymous.GetAsync("/openapi/v1.json")).ReadAsAsync<JsonObject>(HttpStatusCode.OK);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var problems = new List<string>();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => HttpMethods.Contains(o.Key)))
            {
                problems.AddRange(OperationProblems($"{method.ToUpperInvariant()} {path}", operation!.AsObject(), schemas));
            }
        }

        var checkedTypes = 0;
        foreach (var (name, schema) in schemas)
        {
            var required = schema!["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
            {
                if (required.Contains(property) && AllowsNull(propertySchema))
                {
                    problems.Add($"{name}.{property} may be null but is required");
                }
            }

            if (DocumentedTypes.For(name) is { } type)
            {
                checkedTypes++;
                problems.AddRange(DocumentedTypes.OptionalJsonProperties(type).Where(required.Contains).Select(p => $"{name}.{p} is optional in {type.FullName} but required"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedTypes > schemas.Count / 2, $"only {checkedTypes} of {schemas.Count} schemas were matched to their C# type");
        Assert.Contains(document["paths"]!.AsObject(), p => p.Key.EndsWith("/import", StringComparison.Ordinal));
    }

    private static IEnumerable<string> OperationProblems(string name, JsonObject operation, JsonObject schemas)
    {
        var successes = operation["responses"]?.AsObject().Where(r => r.Key.StartsWith('2')).ToList() ?? [];
        if (successes.Count == 0)
        {
            yield return $"{name}: no 2xx response";
        }

        foreach (var (status, response) in successes)
        {
            var content = response!["content"]?.AsObject();
            if (content is null or { Count: 0 })
            {
                if (status != "204")
                {
                    yield return $"{name}: {status} has no content (only 204 may be empty)";
                }

                continue;
            }

            foreach (var (contentType, media) in content.Where(c => IsEmpty(c.Value?["schema"])))
            {
                yield return $"{name}: {status} {contentType} has no schema";
            }

            if (name.Contains("/template.", StringComparison.Ordinal)
                && !content.Any(c => c.Key is "text/csv" or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" && IsBinary(c.Value?["schema"], schemas)))
            {
                yield return $"{name}: the template is not documented as an .xlsx or .csv file";
            }
        }

        if (operation["requestBody"]?["content"]?.AsObject() is { } bodies)
        {
            foreach (var (contentType, media) in bodies.Where(b => IsEmpty(b.Value?["schema"])))
            {
                yield return $"{name}: the {contentType} request body has no schema";
            }
        }

        if (name.StartsWith("POST", StringComparison.Ordinal) && name.EndsWith("/import", StringComparison.Ordinal)
            && !IsBinary(Resolve(operation["requestBody"]?["content"]?["multipart/form-data"]?["schema"], schemas)?["properties"]?["file"], schemas))
        {
            yield return $"{name}: no multipart/form-data body with a binary 'file'";
        }
    }

    private static bool IsEmpty(JsonNode? schema) => schema is not JsonObject { Count: > 0 };

    private static JsonNode? Resolve(JsonNode? schema, JsonObject schemas) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? schemas[reference.Split('/')[^1]] : schema;

    private static bool IsBinary(JsonNode? schema, JsonObject schemas) =>
        Resolve(schema, schemas) is { } resolved && resolved["type"]?.ToString() == "string" && resolved["format"]?.ToString() == "binary";

    private static bool AllowsNull(JsonNode? schema) =>
        schema?["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")
        || schema?["type"]?.ToString() == "null"
        || (schema?["oneOf"] ?? schema?["anyOf"]) is JsonArray options && options.Any(AllowsNull);
}
