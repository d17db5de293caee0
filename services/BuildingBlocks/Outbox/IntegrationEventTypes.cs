using System.Collections.Frozen;
using System.Text.Json;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Maps stored type names to the event records in the contracts assembly. Only those records can be
/// revived from the outbox, so a row can never instantiate an arbitrary type.
/// </summary>
public static class IntegrationEventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(NameOf);

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json);

    public static (object Message, Type Type) Deserialize(string typeName, string payload)
    {
        if (!ByName.TryGetValue(typeName, out var type))
        {
            throw new OutboxRowUnreadableException($"Outbox row names unknown event type '{typeName}'.");
        }

        object? message;
        try
        {
            message = JsonSerializer.Deserialize(payload, type, Json);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            throw new OutboxRowUnreadableException($"Outbox row of type '{typeName}' has an unreadable payload.", ex);
        }

        return (message ?? throw new OutboxRowUnreadableException($"Outbox row of type '{typeName}' has an empty payload."), type);
    }
}
