using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Identity.Keys;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Infrastructure;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, and the service's own signing keys.</summary>
public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<StoredKey> StoredKeys => Set<StoredKey>();

    // Identity's records are not mirrored by provincial systems.
    public override bool KeepsChangeJournal => false;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The base class's DbSet properties would bring the journal tables in by convention.
        modelBuilder.Ignore<ChangeJournalEntry>();
        modelBuilder.Ignore<ChangeFeedHorizon>();
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<StoredKey>(key =>
        {
            key.ToTable("StoredKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.Use).HasConversion<string>().HasMaxLength(20);
            key.Property(k => k.ProtectedCertificate).HasMaxLength(16_000);
            key.HasIndex(k => new { k.Use, k.NotAfter });
        });
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The embedded default; owns the SQLite migrations.</summary>
public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

/// <summary>Production; owns the SQL Server migrations.</summary>
public sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);
