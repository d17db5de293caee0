using Corridor.DirectoryService.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.DirectoryService.Infrastructure;

internal sealed class RegionMembershipConfiguration : IEntityTypeConfiguration<RegionMembership>
{
    public void Configure(EntityTypeBuilder<RegionMembership> builder)
    {
        builder.ToTable("RegionMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.RegionCode).HasMaxLength(6);
        builder.Property(m => m.Role).HasMaxLength(RegionMembership.MaxRole);
        builder.HasIndex(m => new { m.RegionCode, m.JoinedOn }).IsUnique();
        // At most one open period per region: two joins at once cannot both be saved.
        builder.HasIndex(m => m.RegionCode).IsUnique().HasFilter("\"LeftOn\" IS NULL").HasDatabaseName("IX_RegionMemberships_OpenPeriod");
    }
}
