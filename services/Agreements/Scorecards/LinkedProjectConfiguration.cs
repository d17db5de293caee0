using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Agreements.Scorecards;

internal sealed class LinkedProjectConfiguration : IEntityTypeConfiguration<LinkedProject>
{
    public void Configure(EntityTypeBuilder<LinkedProject> builder)
    {
        builder.ToTable("LinkedProjects");
        builder.HasKey(p => p.ProjectId);
        builder.Property(p => p.ProjectId).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.LeadOrganId).HasMaxLength(18);
        builder.Property(p => p.LeadRegionCode).HasMaxLength(6);
        // Concurrent deliveries of two approvals of one project: the older cannot overwrite the newer.
        builder.Property(p => p.SourceVersion).IsConcurrencyToken();
        builder.HasIndex(p => new { p.AgreementId, p.ApprovedAt });
    }
}
