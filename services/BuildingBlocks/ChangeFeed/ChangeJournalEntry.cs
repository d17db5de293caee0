namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// One change of one record, written in the same transaction as the change itself. On SQLite the
/// identity <see cref="Id"/> is the feed position (one writer at a time, so ids commit in order); on
/// SQL Server identity order is not commit order, so the position is a rowversion column read only
/// below MIN_ACTIVE_ROWVERSION() (see <see cref="ChangeFeedReader"/>).
/// </summary>
public sealed class ChangeJournalEntry
{
    private ChangeJournalEntry()
    {
    }

    public long Id { get; private set; }

    public string RecordType { get; private set; } = "";

    public Guid RecordId { get; private set; }

    public string Region { get; private set; } = "";

    public ChangeKind Kind { get; private set; }

    public long Version { get; private set; }

    public string ContentHash { get; private set; } = "";

    /// <summary>The record as JSON; null for a deletion.</summary>
    public string? Content { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public static ChangeJournalEntry For(
        string recordType, Guid recordId, string region, ChangeKind kind, long version, string? content, string actor, DateTime occurredAt) => new()
        {
            RecordType = recordType,
            RecordId = recordId,
            Region = region,
            Kind = kind,
            Version = version,
            Content = content,
            ContentHash = ChangeContent.Hash(content),
            Actor = actor,
            OccurredAt = occurredAt,
        };

    internal static ChangeJournalEntry Read(
        long id, string recordType, Guid recordId, string region, ChangeKind kind, long version, string contentHash, string? content, string actor, DateTime occurredAt) => new()
        {
            Id = id,
            RecordType = recordType,
            RecordId = recordId,
            Region = region,
            Kind = kind,
            Version = version,
            Content = content,
            ContentHash = contentHash,
            Actor = actor,
            OccurredAt = occurredAt,
        };
}
