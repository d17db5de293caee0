using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.People;
using Corridor.Notifications.Records;
using Corridor.Notifications.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Infrastructure;

public abstract class NotificationsDbContext : ServiceDbContext
{
    private readonly List<Notification> _added = [];

    protected NotificationsDbContext(DbContextOptions options)
        : base(options)
    {
        // Live inbox streams are woken once the notifications are committed, never before (a rolled-back row must not show).
        SavingChanges += (_, _) => _added.AddRange(ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        SavedChanges += (_, _) => Announce();
        SaveChangesFailed += (_, _) => _added.Clear();
    }

    /// <summary>Called after a commit that added notifications; the inbox streams of this replica wake up.</summary>
    public NotificationSignal? Signal { get; set; }

    /// <summary>Notifications have no change feed: they are personal, read by their owner only.</summary>
    public override bool KeepsChangeJournal => false;

    public DbSet<KnownPerson> People => Set<KnownPerson>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<TrackedProblem> Problems => Set<TrackedProblem>();

    public DbSet<TrackedProject> Projects => Set<TrackedProject>();

    public DbSet<TrackedTeam> Teams => Set<TrackedTeam>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new KnownPersonConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration<TrackedProblem>(new TrackedRecordConfigurations());
        modelBuilder.ApplyConfiguration<TrackedProject>(new TrackedRecordConfigurations());
        modelBuilder.ApplyConfiguration<TrackedTeam>(new TrackedRecordConfigurations());
        modelBuilder.ApplyDirectoryReadModel();
        modelBuilder.ApplyWebhooks();
        modelBuilder.CompareReferencesOrdinally(Database);
        base.OnModelCreating(modelBuilder);
    }

    private void Announce()
    {
        if (_added.Count == 0)
        {
            return;
        }

        _added.Clear();
        Signal?.Raise();
    }
}
