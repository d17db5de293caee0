using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Inbox;
using Corridor.BuildingBlocks.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's DbContext: owns the outbox and inbox tables and turns the events raised by
/// tracked aggregates into outbox rows inside the same SaveChanges, so a change and its events commit
/// together or not at all. Likewise every change of a tracked aggregate gets its change-journal entry
/// in the same transaction (the change feed).
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ChangeJournalEntry> ChangeJournal => Set<ChangeJournalEntry>();

    public DbSet<ChangeFeedHorizon> ChangeFeedHorizons => Set<ChangeFeedHorizon>();

    /// <summary>Services whose records provincial systems mirror keep a change journal; the identity service does not.</summary>
    public virtual bool KeepsChangeJournal => true;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var raisers = RaisersOfEvents();
        OutboxMessages.AddRange(OutboxRowsOf(raisers));
        ChangeJournal.AddRange(JournalEntries());
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        ClearEvents(raisers);
        return written;
    }

    /// <summary>
    /// Saves one chunk of a batch inside the batch's open transaction with the outbox rows and journal entries
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/> would write, and forgets it. On SQLite, where EF sends one
    /// unprepared command per row, those rows, and the chunk's own rows when it only adds (<see cref="PreparedChunk"/>), go
    /// through one prepared INSERT per table instead, and changes are detected once for the chunk.
    /// </summary>
    public async Task SaveChunkAsync(CancellationToken cancellationToken)
    {
        if (!Database.IsSqlite() || Database.CurrentTransaction is null)
        {
            await SaveChangesAsync(cancellationToken);
            ChangeTracker.Clear();
            return;
        }

        ChangeTracker.DetectChanges();
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var raisers = RaisersOfEvents();
            var outbox = OutboxRowsOf(raisers);
            var journal = JournalEntries();
            var plan = PreparedChunk.Plan(ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList());
            if (plan is null)
            {
                await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            }

            await PreparedChunk.WriteAsync(this, plan ?? [], outbox, journal, cancellationToken);
            ClearEvents(raisers);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }

        ChangeTracker.Clear();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the outbox is written asynchronously.");

    /// <summary>For a library that saves synchronously records of its own, which raise no events and are not journaled.</summary>
    protected int SaveChangesWithoutOutbox(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().Any(e => e.Entity is AggregateRoot && e.State != EntityState.Unchanged)
            ? throw new NotSupportedException("Aggregates are saved with SaveChangesAsync, which writes their events and journal entries.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxRecordConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration(Database.IsSqlServer()));
        if (KeepsChangeJournal)
        {
            ChangeJournalConfiguration.Apply(modelBuilder, Database.IsSqlServer());
        }

        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>Keeps every timestamp in UTC on both providers, so ordering and comparisons run in SQL.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private List<AggregateRoot> RaisersOfEvents() => ChangeTracker.Entries<AggregateRoot>()
        .Select(e => e.Entity)
        .Where(a => a.PendingEvents.Count > 0)
        .ToList();

    private static List<OutboxMessage> OutboxRowsOf(List<AggregateRoot> raisers) =>
        raisers.SelectMany(a => a.PendingEvents).Select(OutboxMessage.From).ToList();

    private static void ClearEvents(List<AggregateRoot> raisers)
    {
        foreach (var aggregate in raisers)
        {
            aggregate.ClearPendingEvents();
        }
    }

    private List<ChangeJournalEntry> JournalEntries()
    {
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (!KeepsChangeJournal || services?.GetService<ChangeFeedRegistry>() is not { } registry)
        {
            return [];
        }

        var changed = ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        var actor = ChangeActor.Of(services.GetService<IHttpContextAccessor>()?.HttpContext?.User);
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        return changed.Select(entry => (registry.Find(entry.Entity.GetType())
                ?? throw new InvalidOperationException($"{entry.Entity.GetType().Name} is not registered with the change feed."))
            .Journal(entry, actor, now)).ToList();
    }
}
