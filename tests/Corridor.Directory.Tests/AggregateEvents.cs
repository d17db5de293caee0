using System.Reflection;
using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.DirectoryService.Tests;

/// <summary>The events an aggregate raised and has not saved yet (internal to BuildingBlocks), for the domain tests.</summary>
internal static class AggregateEvents
{
    private static readonly PropertyInfo Pending =
        typeof(AggregateRoot).GetProperty("PendingEvents", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("AggregateRoot.PendingEvents is gone.");

    public static IReadOnlyList<IIntegrationEvent> PendingEventsForTest(this AggregateRoot aggregate) =>
        (IReadOnlyList<IIntegrationEvent>)Pending.GetValue(aggregate)!;
}
