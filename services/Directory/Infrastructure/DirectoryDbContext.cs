using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService.Contacts;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Regions;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Infrastructure;

public abstract class DirectoryDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Organ> Organs => Set<Organ>();

    public DbSet<RegionMembership> Memberships => Set<RegionMembership>();

    public DbSet<Contact> Contacts => Set<Contact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrganConfiguration(Database.IsSqlServer()));
        modelBuilder.ApplyConfiguration(new RegionMembershipConfiguration());
        modelBuilder.ApplyConfiguration(new ContactConfiguration());
        modelBuilder.CompareReferencesOrdinally(Database);
        base.OnModelCreating(modelBuilder);
    }
}
