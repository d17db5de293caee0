using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Directory;

public static class DirectoryReadModelConfiguration
{
    /// <summary>Maps the organ and region read model (<see cref="KnownOrgan"/>, <see cref="KnownRegion"/>) into a service's model.</summary>
    public static ModelBuilder ApplyDirectoryReadModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownOrgan>(organ =>
        {
            organ.ToTable("KnownOrgans");
            organ.HasKey(o => o.OrganId);
            organ.Property(o => o.OrganId).HasMaxLength(32);
            organ.Property(o => o.RegionCode).HasMaxLength(6);
            organ.Property(o => o.FullName).HasMaxLength(200);
            organ.Property(o => o.ShortName).HasMaxLength(100);
            organ.Property(o => o.Level).HasMaxLength(20);
            organ.Property(o => o.Kind).HasMaxLength(40);
            organ.Property(o => o.ParentOrganId).HasMaxLength(32);
            organ.Property(o => o.Status).HasMaxLength(20);
            organ.Property(o => o.Version).IsConcurrencyToken();
            organ.Ignore(o => o.IsRetired);
            organ.HasIndex(o => o.RegionCode);
        });

        modelBuilder.Entity<KnownRegion>(region =>
        {
            region.ToTable("KnownRegions");
            region.HasKey(r => r.Code);
            region.Property(r => r.Code).HasMaxLength(6);
            region.Property(r => r.Name).HasMaxLength(100);
            region.Property(r => r.ParentCode).HasMaxLength(6);
            region.Property(r => r.Version).IsConcurrencyToken();
        });

        return modelBuilder;
    }
}
