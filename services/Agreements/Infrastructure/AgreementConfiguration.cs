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
        builder.Property(a => a.Title).HasMaxLength(Agreement.MaxTitle);
        builder.Property(a => a.Witness).HasMaxLength(Agreement.MaxName);
        builder.Property(a => a.DocumentSha256).HasMaxLength(64);
        builder.Property(a => a.DocumentLocation).HasMaxLength(DocumentReference.MaxLocation);
        builder.Property(a => a.SuspensionReason).HasMaxLength(Agreement.MaxText);
        builder.Property(a => a.TerminationReason).HasMaxLength(Agreement.MaxText);
        builder.Property(a => a.TerminationDocumentSha256).HasMaxLength(64);
        builder.Property(a => a.TerminationDocumentLocation).HasMaxLength(DocumentReference.MaxLocation);
        builder.Property(a => a.DraftingRegionCode).HasMaxLength(6);
        builder.Property(a => a.ExternalReference).HasMaxLength(Agreement.MaxExternalReference);
        builder.HasIndex(a => new { a.DraftingRegionCode, a.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
        builder.Ignore(a => a.Content);
        builder.Ignore(a => a.IsInForce);
        builder.Ignore(a => a.PartyOrganIds);
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => new { a.Status, a.TermEnd });
        builder.HasIndex(a => new { a.CreatedAt, a.Id });

        builder.OwnsMany(a => a.Parties, party =>
        {
            party.ToTable("AgreementParties");
            party.WithOwner().HasForeignKey("AgreementId");
            party.HasKey("AgreementId", nameof(AgreementParty.OrganId));
            party.Property(p => p.OrganId).HasMaxLength(18);
            party.Property(p => p.OrganName).HasMaxLength(200);
            party.Property(p => p.RegionCode).HasMaxLength(6);
            party.Property(p => p.Signatory).HasMaxLength(100);
            party.Ignore(p => p.HasSigned);
            party.HasIndex(p => p.OrganId);
            party.HasIndex(p => p.RegionCode);
        });
        builder.Navigation(a => a.Parties).HasField("_parties").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(a => a.Plans, plan =>
        {
            plan.ToTable("AgreementPlans");
            plan.WithOwner().HasForeignKey("AgreementId");
            // A surrogate key: replacing the plan deletes and inserts rows for the same year and area in one save.
            plan.Property<long>("Id").ValueGeneratedOnAdd();
            plan.HasKey("Id");
            plan.Property(p => p.Area).HasConversion<string>().HasMaxLength(40);
            plan.Property(p => p.Goal).HasMaxLength(AreaPlan.MaxGoal);
        });
        builder.Navigation(a => a.Plans).HasField("_plans").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(a => a.History, line =>
        {
            line.ToTable("AgreementTransitions");
            line.WithOwner().HasForeignKey("AgreementId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasMaxLength(30);
            line.Property(l => l.From).HasConversion<string>().HasMaxLength(40);
            line.Property(l => l.To).HasConversion<string>().HasMaxLength(40);
            line.Property(l => l.By).HasMaxLength(200);
            line.Property(l => l.ByOrganId).HasMaxLength(18);
            line.Property(l => l.ByRegionCode).HasMaxLength(6);
            line.Property(l => l.Note).HasMaxLength(Agreement.MaxText);
        });
        builder.Navigation(a => a.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(a => a.PendingAmendment);
        builder.OwnsMany(a => a.Amendments, amendment =>
        {
            amendment.ToTable("AgreementAmendments");
            amendment.WithOwner().HasForeignKey("AgreementId");
            amendment.HasKey("AgreementId", nameof(Amendment.Number));
            amendment.Property(a => a.Number).ValueGeneratedNever();
            amendment.Property(a => a.Reason).HasMaxLength(Agreement.MaxText);
            amendment.Property(a => a.DeclineReason).HasMaxLength(Agreement.MaxText);
            amendment.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
            amendment.Property(a => a.Changes).HasConversion(new AmendmentChangesConverter());
            amendment.Property(a => a.ProposedBy).HasMaxLength(200);
            amendment.Property(a => a.ProposedByOrganId).HasMaxLength(18);
            amendment.Ignore(a => a.MissingSignatures);
            amendment.OwnsMany(a => a.Signatures, signature =>
            {
                signature.ToTable("AmendmentSignatures");
                signature.WithOwner().HasForeignKey("AgreementId", "AmendmentNumber");
                signature.HasKey("AgreementId", "AmendmentNumber", nameof(AmendmentSignature.OrganId));
                signature.Property(s => s.OrganId).HasMaxLength(18);
                signature.Property(s => s.Signatory).HasMaxLength(100);
            });
            amendment.Navigation(a => a.Signatures).HasField("_signatures").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(a => a.Amendments).HasField("_amendments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
