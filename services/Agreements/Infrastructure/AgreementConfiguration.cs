using Corridor.Agreements.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Agreements.Infrastructure;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.HasIndex(a => a.Status);
        builder.OwnsMany(a => a.Parties, party =>
        {
            party.ToTable("AgreementParties");
            party.WithOwner().HasForeignKey("AgreementId");
            party.HasKey("AgreementId", nameof(AgreementParty.OrganId));
            party.Property(p => p.OrganId).HasMaxLength(18);
            party.Property(p => p.OrganName).HasMaxLength(200);
            party.Property(p => p.RegionCode).HasMaxLength(6);
            party.Property(p => p.Signatory).HasMaxLength(100);
            party.HasIndex(p => p.OrganId);
        });
        builder.Navigation(a => a.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
