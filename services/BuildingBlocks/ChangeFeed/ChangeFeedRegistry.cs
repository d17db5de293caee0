using Corridor.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>The service's feed name and the aggregate types it journals, registered once at start-up.</summary>
public sealed class ChangeFeedRegistry(string feedName)
{
    private readonly List<TrackedRecordType> _types = [];

    /// <summary>The path segment and scope prefix of the feed: lists, agreements or teams.</summary>
    public string FeedName { get; } = feedName;

    public IReadOnlyList<TrackedRecordType> Types => _types;

    /// <param name="name">The record type in the feed (problem, team …).</param>
    /// <param name="region">The owning region.</param>
    /// <param name="view">The JSON representation: the REST view of the record, a pure function of the aggregate.</param>
    /// <param name="statusProperty">The property whose change makes a StatusChanged entry.</param>
    /// <param name="mergedStatus">The status that means the record was merged into another (a Merged entry).</param>
    /// <param name="omit">JSON properties of the view computed at read time (overdue flags, read-model joins), left out of the feed.</param>
    public ChangeFeedRegistry Track<T>(
        string name, Func<T, string> region, Func<T, object> view, string? statusProperty = null, string? mergedStatus = null, string[]? omit = null)
        where T : AggregateRoot
    {
        if (_types.Any(t => t.Name == name || t.ClrType == typeof(T)))
        {
            throw new InvalidOperationException($"The change feed already tracks {typeof(T).Name} or the name '{name}'.");
        }

        _types.Add(new TrackedRecordType<T>(name, region, view, statusProperty, mergedStatus, omit ?? []));
        return this;
    }

    internal TrackedRecordType? Find(Type clrType) => _types.FirstOrDefault(t => t.ClrType == clrType);

    /// <summary>Aggregate types of the model the feed would silently miss; a service's tests assert this is empty.</summary>
    public IReadOnlyList<string> UntrackedAggregates(IModel model) => model.GetEntityTypes()
        .Where(t => !t.IsOwned() && typeof(AggregateRoot).IsAssignableFrom(t.ClrType) && Find(t.ClrType) is null)
        .Select(t => t.ClrType.Name)
        .ToList();
}
