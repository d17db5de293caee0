using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Lists.Resources;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("Resources");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Unit).HasMaxLength(40);
        builder.Property(r => r.OrganId).HasMaxLength(18);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.ExternalReference).HasMaxLength(ResourceRequestValidator.MaxExternalReferenceLength);
        builder.Property(r => r.WithdrawalReason).HasMaxLength(1000);
        builder.Ignore(r => r.Capacity);
        builder.Ignore(r => r.IsCurrent);
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.Category });
        builder.HasIndex(r => new { r.CreatedAt, r.Id });
        builder.HasIndex(r => new { r.RegionCode, r.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
    }
}
