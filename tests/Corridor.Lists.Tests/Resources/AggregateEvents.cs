using System.Reflection;
using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.Lists.Tests.Resources;

/// <summary>Reads and clears the events an aggregate raised (internal to BuildingBlocks) for domain tests.</summary>
internal static class AggregateEvents
{
    private static readonly PropertyInfo Pending =
        typeof(AggregateRoot).GetProperty("PendingEvents", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("AggregateRoot.PendingEvents was renamed.");

    private static readonly MethodInfo Clear =
        typeof(AggregateRoot).GetMethod("ClearPendingEvents", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("AggregateRoot.ClearPendingEvents was renamed.");

    public static IReadOnlyList<IIntegrationEvent> Of(AggregateRoot aggregate) => (IReadOnlyList<IIntegrationEvent>)Pending.GetValue(aggregate)!;

    public static T Cleared<T>(T aggregate)
        where T : AggregateRoot
    {
        Clear.Invoke(aggregate, null);
        return aggregate;
    }
}
