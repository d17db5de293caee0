namespace Corridor.BuildingBlocks.Messaging;

/// <summary>A consumer's queue and an event it receives: declared by every publisher of the event before its first publish.</summary>
public sealed record EventSubscription(Type EventType, string Queue);
