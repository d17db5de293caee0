using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
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
        builder.Property(p => p.Title).HasMaxLength(ProjectContent.MaxTitle);
        builder.Property(p => p.Description).HasMaxLength(ProjectContent.MaxText);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.LeadOrganId).HasMaxLength(18);
        builder.Property(p => p.LeadRegionCode).HasMaxLength(6);
        builder.Property(p => p.PenHolderRegionCode).HasMaxLength(6);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.ReviewComments).HasMaxLength(ProjectContent.MaxText);
        builder.Property(p => p.RejectionReason).HasMaxLength(ProjectContent.MaxText);
        builder.Property(p => p.CancellationReason).HasMaxLength(ProjectContent.MaxText);
        builder.Property(p => p.ExternalReference).HasMaxLength(Project.MaxExternalReference);
        builder.HasIndex(p => new { p.Status, p.LeadRegionCode });
        builder.HasIndex(p => new { p.LeadRegionCode, p.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
        builder.HasIndex(p => p.AgreementId);
        builder.HasIndex(p => new { p.CreatedAt, p.Id });
        builder.HasIndex(p => new { p.Status, p.ReviewDueAt });
        builder.Ignore(p => p.ParticipatingRegions);
        builder.Ignore(p => p.ParticipatingOrgans);
        builder.Ignore(p => p.Content);

        builder.OwnsMany(p => p.Partners, partner =>
        {
            partner.ToTable("ProjectPartners");
            partner.WithOwner().HasForeignKey("ProjectId");
            partner.HasKey("ProjectId", nameof(ProjectPartner.OrganId));
            partner.Property(x => x.OrganId).HasMaxLength(18);
            partner.Property(x => x.RegionCode).HasMaxLength(6);
            partner.HasIndex(x => x.RegionCode);
        });
        builder.Navigation(p => p.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Milestones, milestone =>
        {
            milestone.ToTable("ProjectMilestones");
            milestone.WithOwner().HasForeignKey("ProjectId");
            milestone.HasKey(m => m.Id);
            milestone.Property(m => m.Id).ValueGeneratedOnAdd();
            milestone.Property(m => m.Title).HasMaxLength(ProjectContent.MaxTitle);
            milestone.Property(m => m.LastNote).HasMaxLength(ProjectContent.MaxText);
        });
        builder.Navigation(p => p.Milestones).HasField("_milestones").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Approvals, approval =>
        {
            approval.ToTable("ProjectApprovals");
            approval.WithOwner().HasForeignKey("ProjectId");
            approval.HasKey(a => a.Id);
            approval.Property(a => a.Id).ValueGeneratedOnAdd();
            approval.Property(a => a.Party).HasMaxLength(40);
            approval.Property(a => a.ApprovedBy).HasMaxLength(200);
            approval.Property(a => a.ApproverOrgan).HasMaxLength(18);
            approval.Property(a => a.Note).HasMaxLength(ProjectContent.MaxText);
            approval.Property(a => a.VoidReason).HasMaxLength(400);
            // One approval per party and review round, whatever races: the database is the last word.
            approval.HasIndex("ProjectId", nameof(Approval.Party), nameof(Approval.Round)).IsUnique();
        });
        builder.Navigation(p => p.Approvals).HasField("_approvals").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Revisions, revision =>
        {
            revision.ToTable("ProjectRevisions");
            revision.WithOwner().HasForeignKey("ProjectId");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Id).ValueGeneratedOnAdd();
            revision.Property(r => r.ChangedFields).HasMaxLength(4000);
            revision.Property(r => r.SavedBy).HasMaxLength(200);
            revision.Property(r => r.SavedByOrganId).HasMaxLength(18);
            revision.Property(r => r.SavedByRegionCode).HasMaxLength(6);
            revision.HasIndex("ProjectId", nameof(ProjectRevision.Number)).IsUnique();
        });
        builder.Navigation(p => p.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.History, line =>
        {
            line.ToTable("ProjectTransitions");
            line.WithOwner().HasForeignKey("ProjectId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasMaxLength(40);
            line.Property(l => l.From).HasConversion<string>().HasMaxLength(40);
            line.Property(l => l.To).HasConversion<string>().HasMaxLength(40);
            line.Property(l => l.By).HasMaxLength(200);
            line.Property(l => l.ByOrganId).HasMaxLength(18);
            line.Property(l => l.ByRegionCode).HasMaxLength(6);
            line.Property(l => l.Note).HasMaxLength(ProjectContent.MaxText);
        });
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
