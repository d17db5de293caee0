using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Corridor.BuildingBlocks.OpenApi;

/// <summary>
/// A property the C# type lets be null (T?, or a constructor parameter with a default) is optional in the schema.
/// The generator lists every constructor parameter of a record as required, which told clients to send fields that
/// the validators treat as optional and that responses leave null.
/// </summary>
public sealed class OptionalWhenNullable : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required || context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties.Where(IsOptional))
        {
            required.Remove(property.Name);
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (AllowsNull(property))
            {
                required.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsOptional(JsonPropertyInfo property) =>
        property.IsSetNullable
        || property.IsGetNullable
        || Nullable.GetUnderlyingType(property.PropertyType) is not null
        || property.AssociatedParameter is { HasDefaultValue: true };

    private static bool AllowsNull(IOpenApiSchema schema) =>
        schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || schema.OneOf?.Any(AllowsNull) == true
        || schema.AnyOf?.Any(AllowsNull) == true;
}
