using Corridor.Lists.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Lists.Infrastructure;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.LeadOrganId).HasMaxLength(18);
        builder.Property(p => p.LeadRegionCode).HasMaxLength(6);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(p => new { p.Status, p.LeadRegionCode });
        builder.HasIndex(p => p.AgreementId);
        builder.Ignore(p => p.ParticipatingRegions);
        builder.Ignore(p => p.ParticipatingOrgans);

        builder.OwnsMany(p => p.Partners, partner =>
        {
            partner.ToTable("ProjectPartners");
            partner.WithOwner().HasForeignKey("ProjectId");
            partner.HasKey("ProjectId", nameof(ProjectPartner.OrganId));
            partner.Property(x => x.OrganId).HasMaxLength(18);
            partner.Property(x => x.RegionCode).HasMaxLength(6);
        });
        builder.Navigation(p => p.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Approvals, approval =>
        {
            approval.ToTable("ProjectApprovals");
            approval.WithOwner().HasForeignKey("ProjectId");
            approval.HasKey(a => a.Id);
            approval.Property(a => a.Id).ValueGeneratedOnAdd();
            approval.Property(a => a.Party).HasMaxLength(40);
            approval.Property(a => a.ApprovedBy).HasMaxLength(200);
            approval.Property(a => a.ApproverOrgan).HasMaxLength(18);
            approval.HasIndex("ProjectId", nameof(Projects.Review.Approval.Party), nameof(Projects.Review.Approval.Revision)).IsUnique();
        });
        builder.Navigation(p => p.Approvals).HasField("_approvals").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
