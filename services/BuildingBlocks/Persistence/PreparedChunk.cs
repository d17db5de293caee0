using System.Data.Common;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// A batch chunk that only adds rows (new records with their owned rows, an idempotency answer), written with one prepared
/// INSERT per table, principal tables first, instead of EF's update pipeline: on SQLite EF sorts every command and sends one
/// unprepared statement per row, most of a 10,000-item batch's CPU (issue 16). Any other chunk goes through SaveChanges.
/// </summary>
internal static class PreparedChunk
{
    /// <summary>The entries in the order their tables can be written, or null when EF must save them.</summary>
    public static List<(IEntityType Type, List<EntityEntry> Entries)>? Plan(IReadOnlyList<EntityEntry> pending)
    {
        if (pending.Count == 0 || pending.Any(e => e.State != EntityState.Added) || pending.Any(RefersToAnUnsavedKey))
        {
            return null;
        }

        var byType = pending.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        if (byType.Keys.Any(t => !PreparedInsert.CanWrite(t)) || byType.Any(t => !KeysAreTemporary(t.Key, t.Value)))
        {
            return null;
        }

        var plan = new List<(IEntityType, List<EntityEntry>)>();
        var left = byType.Keys.ToList();
        while (left.Count > 0)
        {
            // A table comes after the tables of the chunk it references; a self-reference or a cycle needs EF's row ordering.
            var next = left.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !left.Contains(fk.PrincipalEntityType)));
            if (next is null || next.GetForeignKeys().Any(fk => fk.PrincipalEntityType == next))
            {
                return null;
            }

            plan.Add((next, byType[next]));
            left.Remove(next);
        }

        return plan;
    }

    /// <summary>
    /// Writes the planned rows (none when EF saved them), then the chunk's outbox rows and journal entries; a constraint the
    /// database refuses fails as SaveChanges would, with a <see cref="DbUpdateException"/>.
    /// </summary>
    public static async Task WriteAsync(
        DbContext db,
        List<(IEntityType Type, List<EntityEntry> Entries)> plan,
        IReadOnlyList<OutboxMessage> outbox,
        IReadOnlyList<ChangeJournalEntry> journal,
        CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (type, entries) in plan)
            {
                await PreparedInsert.WriteAsync(db, type, entries, cancellationToken);
            }

            await PreparedInsert.WriteAsync(db, outbox, cancellationToken);
            await PreparedInsert.WriteAsync(db, journal, cancellationToken);
        }
        catch (DbException refused)
        {
            throw new DbUpdateException($"The chunk's rows could not be written: {refused.Message}", refused);
        }
    }

    // A foreign key holding a temporary value points at a row whose key the database has yet to assign: only EF's
    // update pipeline fixes such a value up after the principal's INSERT.
    private static bool RefersToAnUnsavedKey(EntityEntry entry) =>
        entry.Properties.Any(p => p.IsTemporary && !PreparedInsert.IsDatabaseKey(p.Metadata));

    // An integer key given explicitly would be written by EF; only keys the database is to assign are left out.
    private static bool KeysAreTemporary(IEntityType type, List<EntityEntry> entries)
    {
        var keys = type.GetProperties().Where(PreparedInsert.IsDatabaseKey).ToArray();
        return keys.Length == 0 || entries.All(e => keys.All(k => e.Property(k.Name).IsTemporary));
    }
}
