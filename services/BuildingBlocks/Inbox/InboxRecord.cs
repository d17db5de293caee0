namespace Corridor.BuildingBlocks.Inbox;

/// <summary>Proof that a consumer already applied a message; written in the consumer's own transaction.</summary>
public sealed class InboxRecord
{
    public Guid MessageId { get; init; }

    public string Consumer { get; init; } = "";

    public string MessageType { get; init; } = "";

    public DateTime ReceivedAt { get; init; }
}
