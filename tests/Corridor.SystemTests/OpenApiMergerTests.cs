using System.Text.Json.Nodes;
using Corridor.Gateway.OpenApi;

namespace Corridor.SystemTests;

public sealed class OpenApiMergerTests
{
    [Fact]
    public void Identical_schemas_are_shared_clashing_ones_are_prefixed_with_their_service_and_references_follow()
    {
        var lists = Document("/api/v1/problems", "Problem", """{ "type": "object", "properties": { "title": { "type": "string" } } }""", "Problems");
        var teams = Document("/api/v1/teams", "Problem", """{ "type": "object", "properties": { "kind": { "type": "string" } } }""", "Teams");
        teams["components"]!["schemas"]!["ProblemDetails"] = JsonNode.Parse("""{ "type": "object" }""");
        lists["components"]!["schemas"]!["ProblemDetails"] = JsonNode.Parse("""{ "type": "object" }""");

        var merged = OpenApiMerger.Merge([("Lists", lists), ("Teams", teams)], "Corridor API", "d");

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal(["Problem", "ProblemDetails", "TeamsProblem"], schemas.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/TeamsProblem", Reference(merged, "/api/v1/teams"));
        Assert.Equal("#/components/schemas/Problem", Reference(merged, "/api/v1/problems"));
        Assert.Equal(["Problems", "Teams"], merged["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal("teams", Reference(teams, "/api/v1/teams") == "#/components/schemas/Problem" ? "teams" : "changed");
    }

    [Fact]
    public void Two_services_declaring_one_path_is_an_error_not_a_silent_overwrite()
    {
        var first = Document("/api/v1/problems", "A", """{ "type": "string" }""", "A");
        var second = Document("/api/v1/problems", "B", """{ "type": "string" }""", "B");

        var error = Assert.Throws<InvalidOperationException>(() => OpenApiMerger.Merge([("Lists", first), ("Teams", second)], "t", "d"));
        Assert.Contains("/api/v1/problems", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject Document(string path, string schema, string shape, string tag) => JsonNode.Parse($$"""
        {
          "openapi": "3.1.1",
          "info": { "title": "x", "version": "1" },
          "paths": { "{{path}}": { "get": { "tags": ["{{tag}}"], "responses": { "200": { "description": "OK",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/{{schema}}" } } } } } } } },
          "components": { "schemas": { "{{schema}}": {{shape}} } },
          "tags": [ { "name": "{{tag}}" } ]
        }
        """)!.AsObject();

    private static string Reference(JsonObject document, string path) =>
        document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
}
