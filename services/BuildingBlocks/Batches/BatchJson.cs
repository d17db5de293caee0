using System.Text.Json;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>A JSON batch body ({ "items": [...] }) as batch items; an item that does not fit its type is that item's field error.</summary>
public static class BatchJson
{
    public static BatchItem<TRequest>[] Read<TRequest>(byte[] body)
    {
        JsonElement[] elements;
        try
        {
            var request = JsonSerializer.Deserialize<BatchRequest>(body, JsonSerializerOptions.Web);
            elements = request?.Items ?? throw new BatchFormatException("items", "The batch needs an 'items' array.");
        }
        catch (JsonException json)
        {
            throw new BatchFormatException(json.Path ?? "$", "The body is not a valid JSON batch ({ \"items\": [...] }).");
        }

        return elements.Select((element, index) => ReadItem<TRequest>(index, element)).ToArray();
    }

    public static string FieldOf(string? jsonPath) => jsonPath is null or "$" ? "item" : jsonPath.TrimStart('$', '.');

    private static BatchItem<TRequest> ReadItem<TRequest>(int index, JsonElement element)
    {
        try
        {
            return new BatchItem<TRequest>(index, null, element.Deserialize<TRequest>(JsonSerializerOptions.Web), []);
        }
        catch (JsonException json)
        {
            return new BatchItem<TRequest>(index, null, default, [new FieldError(FieldOf(json.Path), "The value is not valid for this field.")]);
        }
    }

    private sealed record BatchRequest(JsonElement[]? Items);
}
