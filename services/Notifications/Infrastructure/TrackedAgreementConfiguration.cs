using Corridor.Notifications.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Notifications.Infrastructure;

internal sealed class TrackedAgreementConfiguration : IEntityTypeConfiguration<TrackedAgreement>
{
    public void Configure(EntityTypeBuilder<TrackedAgreement> agreement)
    {
        agreement.ToTable("TrackedAgreements");
        agreement.HasKey(a => a.AgreementId);
        agreement.Property(a => a.AgreementId).ValueGeneratedNever();
        agreement.Property(a => a.Title).HasMaxLength(200);
        agreement.Property(a => a.PartyOrganIds).HasMaxLength(1000);
        agreement.Ignore(a => a.Parties);
    }
}
