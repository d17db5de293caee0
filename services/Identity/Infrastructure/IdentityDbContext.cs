using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Identity.Keys;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Infrastructure;

/// <summary>
/// OpenIddict's applications, authorizations, scopes and tokens, the people (ASP.NET Core Identity), the service's own
/// signing keys and the directory's organs and member regions as read model (ADR 0019).
/// </summary>
public abstract class IdentityDbContext(DbContextOptions options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public DbSet<StoredKey> StoredKeys => Set<StoredKey>();

    public DbSet<KeyRingState> KeyRingStates => Set<KeyRingState>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<IdentityRole<Guid>> Roles => Set<IdentityRole<Guid>>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    /// <summary>ASP.NET Core Data Protection's key ring, shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Data Protection's key repository saves synchronously (its keys are the only records it touches).
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => SaveChangesWithoutOutbox(acceptAllChangesOnSuccess);

    // Identity's records are not mirrored by provincial systems.
    public override bool KeepsChangeJournal => false;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The base class's DbSet properties would bring the journal tables in by convention.
        modelBuilder.Ignore<ChangeJournalEntry>();
        modelBuilder.Ignore<ChangeFeedHorizon>();
        modelBuilder.UseOpenIddict();
        PeopleModel.Apply(modelBuilder);
        modelBuilder.ApplyDirectoryReadModel();
        modelBuilder.Entity<StoredKey>(key =>
        {
            key.ToTable("StoredKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.Use).HasConversion<string>().HasMaxLength(20);
            key.Property(k => k.ProtectedCertificate).HasMaxLength(16_000);
            key.HasIndex(k => new { k.Use, k.NotAfter });
        });
        modelBuilder.Entity<KeyRingState>(state =>
        {
            state.ToTable("KeyRingState");
            state.HasKey(s => s.Id);
            state.Property(s => s.Id).ValueGeneratedNever();
            state.Property(s => s.Revision).IsConcurrencyToken();
            state.HasData(new { Id = KeyRingState.SingletonId, Revision = 0L });
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.Property(k => k.FriendlyName).HasMaxLength(100);
        });
        base.OnModelCreating(modelBuilder);
    }
}
