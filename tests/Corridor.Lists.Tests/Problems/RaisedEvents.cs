using System.Reflection;
using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Reads the events an aggregate raised since it was last saved (internal to the building blocks).</summary>
internal static class RaisedEvents
{
    private static readonly PropertyInfo Pending =
        typeof(AggregateRoot).GetProperty("PendingEvents", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("AggregateRoot.PendingEvents was renamed.");

    public static IReadOnlyList<IIntegrationEvent> PendingEvents(this AggregateRoot aggregate) =>
        (IReadOnlyList<IIntegrationEvent>)Pending.GetValue(aggregate)!;
}
