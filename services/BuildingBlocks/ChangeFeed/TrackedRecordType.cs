using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>How one aggregate type appears in the feed: its name, owning region, JSON view and which status changes count as merges.</summary>
public abstract class TrackedRecordType(string name, Type clrType)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    internal abstract ChangeJournalEntry Journal(EntityEntry entry, string actor, DateTime now);

    internal abstract Task<IReadOnlyList<RecordState>> LoadStateAsync(
        DbContext db, Guid? after, int limit, IChangeContentFilter? filter, CancellationToken cancellationToken);
}

public sealed class TrackedRecordType<T>(
    string name,
    Func<T, string> region,
    Func<T, object> view,
    string? statusProperty,
    string? mergedStatus,
    IReadOnlyList<string> omit) : TrackedRecordType(name, typeof(T))
    where T : AggregateRoot
{
    internal override ChangeJournalEntry Journal(EntityEntry entry, string actor, DateTime now)
    {
        var record = (T)entry.Entity;
        var kind = KindOf(entry);
        var content = kind == ChangeKind.Deleted ? null : Content(record);
        return ChangeJournalEntry.For(Name, record.Id, region(record), kind, record.Version, content, actor, now);
    }

    internal override async Task<IReadOnlyList<RecordState>> LoadStateAsync(
        DbContext db, Guid? after, int limit, IChangeContentFilter? filter, CancellationToken cancellationToken)
    {
        var query = db.Set<T>().AsNoTracking();
        if (after is { } last)
        {
            query = query.Where(r => r.Id.CompareTo(last) > 0);
        }

        var records = await query.OrderBy(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return records
            .Select(r => new RecordState(Name, r.Id, region(r), r.Version, ChangeContent.Hash(AsSeen(filter, region(r), Content(r)))))
            .ToList();
    }

    private string? AsSeen(IChangeContentFilter? filter, string recordRegion, string content) =>
        filter is null ? content : filter.ContentFor(Name, recordRegion, content);

    // The feed carries what the record is, not what a reader computes from it at read time (overdue
    // flags, read-model joins): those fields are omitted so a record's hash changes only when it does.
    private string Content(T record)
    {
        var json = ChangeContent.Serialize(view(record));
        if (omit.Count == 0)
        {
            return json;
        }

        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var property in omit)
        {
            node.Remove(property);
        }

        return node.ToJsonString(ChangeContent.JsonOptions);
    }

    private ChangeKind KindOf(EntityEntry entry)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                return ChangeKind.Created;
            case EntityState.Deleted:
                return ChangeKind.Deleted;
        }

        if (statusProperty is null)
        {
            return ChangeKind.Updated;
        }

        var status = entry.Property(statusProperty);
        var before = status.OriginalValue?.ToString();
        var after = status.CurrentValue?.ToString();
        if (before == after)
        {
            return ChangeKind.Updated;
        }

        return after == mergedStatus ? ChangeKind.Merged : ChangeKind.StatusChanged;
    }
}
