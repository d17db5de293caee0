using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.ChangeFeed;

internal static class ChangeJournalConfiguration
{
    public const string JournalTable = "ChangeJournal";
    public const string CommitOrderColumn = "CommitOrder";

    public static void Apply(ModelBuilder modelBuilder, bool sqlServer)
    {
        modelBuilder.Entity<ChangeJournalEntry>(journal =>
        {
            journal.ToTable(JournalTable);
            journal.HasKey(e => e.Id);
            journal.Property(e => e.RecordType).HasMaxLength(32);
            journal.Property(e => e.Region).HasMaxLength(6);
            journal.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            journal.Property(e => e.ContentHash).HasMaxLength(64);
            journal.Property(e => e.Actor).HasMaxLength(200);
            journal.HasIndex(e => new { e.RecordType, e.RecordId, e.Id });
            journal.HasIndex(e => e.OccurredAt);
            if (sqlServer)
            {
                // Stamped by the server at insert; compared below MIN_ACTIVE_ROWVERSION() it gives commit order.
                journal.Property<byte[]>(CommitOrderColumn).IsRowVersion();
                journal.HasIndex(CommitOrderColumn);
            }
        });

        modelBuilder.Entity<ChangeFeedHorizon>(horizon =>
        {
            horizon.ToTable("ChangeFeedHorizon");
            horizon.HasKey(h => h.Id);
            horizon.Property(h => h.Id).ValueGeneratedNever();
            horizon.HasData(new ChangeFeedHorizon());
        });
    }
}
