using Corridor.Agreements.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Agreements.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("AgreementActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Agreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Area).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.HostOrganId).HasMaxLength(18);
        builder.Property(a => a.ParticipatingOrganIds).HasMaxLength(4000);
        builder.Property(a => a.Summary).HasMaxLength(Activity.MaxSummary);
        builder.Property(a => a.EvidenceSha256).HasMaxLength(64);
        builder.Property(a => a.EvidenceLocation).HasMaxLength(DocumentReference.MaxLocation);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Property(a => a.RecordedByOrganId).HasMaxLength(18);
        builder.Property(a => a.RecordedByRegionCode).HasMaxLength(6);
        builder.Ignore(a => a.Input);
        builder.Property(a => a.ExternalReference).HasMaxLength(Agreement.MaxExternalReference);
        builder.Property(a => a.RevisedBy).HasMaxLength(200);
        builder.Property(a => a.RevisedByOrganId).HasMaxLength(18);
        builder.HasIndex(a => new { a.AgreementId, a.Area, a.Date });
        builder.HasIndex(a => new { a.RecordedByRegionCode, a.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
    }
}
