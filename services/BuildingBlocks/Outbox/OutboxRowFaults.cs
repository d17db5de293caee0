using System.Text.Json;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Tells a fault of one row (it cannot be read or serialised, and will fail again however often it is tried) from
/// a fault of the broker or database (which fails every row alike and passes). Only the first kind counts towards
/// quarantine, so a broker outage never quarantines anything.
/// </summary>
internal static class OutboxRowFaults
{
    public static bool IsRowFault(Exception exception) => exception switch
    {
        OutboxRowUnreadableException or JsonException or NotSupportedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsRowFault),
        { InnerException: { } inner } => IsRowFault(inner),
        _ => false,
    };
}
