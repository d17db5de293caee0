namespace Corridor.BuildingBlocks.Outbox;

/// <summary>An outbox row that can never be published as it stands: its type is unknown (renamed in a release) or its payload unreadable.</summary>
public sealed class OutboxRowUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
