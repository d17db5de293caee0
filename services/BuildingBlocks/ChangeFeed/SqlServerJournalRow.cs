namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>A journal row read by raw SQL on SQL Server together with its rowversion position.</summary>
internal sealed class SqlServerJournalRow
{
    public long Id { get; set; }

    public string RecordType { get; set; } = "";

    public Guid RecordId { get; set; }

    public string Region { get; set; } = "";

    public string Kind { get; set; } = "";

    public long Version { get; set; }

    public string ContentHash { get; set; } = "";

    public string? Content { get; set; }

    public string Actor { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public long Position { get; set; }

    public ChangeJournalEntry ToEntry() => ChangeJournalEntry.Read(
        Id, RecordType, RecordId, Region, Enum.Parse<ChangeKind>(Kind), Version, ContentHash, Content, Actor, DateTime.SpecifyKind(OccurredAt, DateTimeKind.Utc));
}
