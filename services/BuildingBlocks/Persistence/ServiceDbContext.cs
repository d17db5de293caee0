using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Inbox;
using Corridor.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's DbContext: owns the outbox and inbox tables and turns the events raised by
/// tracked aggregates into outbox rows inside the same SaveChanges, so a change and its events commit
/// together or not at all.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var raisers = MoveRaisedEventsToOutbox();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var aggregate in raisers)
        {
            aggregate.ClearPendingEvents();
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the outbox is written asynchronously.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxRecordConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
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

    private List<AggregateRoot> MoveRaisedEventsToOutbox()
    {
        var raisers = ChangeTracker.Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.PendingEvents.Count > 0)
            .ToList();

        foreach (var integrationEvent in raisers.SelectMany(a => a.PendingEvents))
        {
            OutboxMessages.Add(OutboxMessage.From(integrationEvent));
        }

        return raisers;
    }
}
