using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Lists.Problems;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.ToTable("Problems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(Problem.MaxTitle);
        builder.Property(p => p.Description).HasMaxLength(Problem.MaxText);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RaisedByOrganId).HasMaxLength(18);
        builder.Property(p => p.RaisedByRegionCode).HasMaxLength(6);
        builder.Property(p => p.RaisedBy).HasMaxLength(200);
        builder.Property(p => p.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(p => p.ExternalReference).HasMaxLength(Problem.MaxExternalReference);
        builder.Property(p => p.HandlingRegionCode).HasMaxLength(6);
        builder.Property(p => p.ResponsibleOrganId).HasMaxLength(18);
        builder.Property(p => p.ResponsibleRegionCode).HasMaxLength(6);
        builder.Property(p => p.TransferredToOrganId).HasMaxLength(18);
        builder.Property(p => p.Resolution).HasMaxLength(Problem.MaxText);
        builder.Property(p => p.RejectionReason).HasMaxLength(Problem.MaxText);
        builder.Ignore(p => p.IsBeingHandled);

        builder.HasIndex(p => new { p.HandlingRegionCode, p.Status });
        builder.HasIndex(p => new { p.RaisedByRegionCode, p.Status });
        builder.HasIndex(p => p.ResponsibleOrganId);
        builder.HasIndex(p => p.DueDate);
        builder.HasIndex(p => new { p.CreatedAt, p.Id });
        builder.HasIndex(p => p.EscalatedAt);
        builder.HasIndex(p => new { p.RaisedByRegionCode, p.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");

        builder.OwnsMany(p => p.CoResponsibleOrgans, organ =>
        {
            organ.ToTable("ProblemCoResponsibleOrgans");
            organ.WithOwner().HasForeignKey("ProblemId");
            organ.HasKey("ProblemId", "OrganId");
            organ.Property(o => o.OrganId).HasMaxLength(18);
            organ.Property(o => o.RegionCode).HasMaxLength(6);
        });
        builder.Navigation(p => p.CoResponsibleOrgans).HasField("_coResponsible").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.ProgressReports, report =>
        {
            report.ToTable("ProblemProgressReports");
            report.WithOwner().HasForeignKey("ProblemId");
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedOnAdd();
            report.Property(r => r.Text).HasMaxLength(Problem.MaxText);
            report.Property(r => r.SupportNeeded).HasMaxLength(Problem.MaxText);
            report.Property(r => r.ByOrganId).HasMaxLength(18);
            report.Property(r => r.By).HasMaxLength(200);
        });
        builder.Navigation(p => p.ProgressReports).HasField("_progress").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Urgings, urging =>
        {
            urging.ToTable("ProblemUrgings");
            urging.WithOwner().HasForeignKey("ProblemId");
            urging.HasKey(u => u.Id);
            urging.Property(u => u.Id).ValueGeneratedOnAdd();
            urging.Property(u => u.By).HasMaxLength(200);
            urging.Property(u => u.ByOrganId).HasMaxLength(18);
            urging.Property(u => u.ByRegionCode).HasMaxLength(6);
            urging.Property(u => u.Note).HasMaxLength(Problem.MaxText);
        });
        builder.Navigation(p => p.Urgings).HasField("_urgings").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.History, line =>
        {
            line.ToTable("ProblemTransitions");
            line.WithOwner().HasForeignKey("ProblemId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasMaxLength(20);
            line.Property(l => l.From).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.To).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.By).HasMaxLength(200);
            line.Property(l => l.ByOrganId).HasMaxLength(18);
            line.Property(l => l.ByRegionCode).HasMaxLength(6);
            line.Property(l => l.Note).HasMaxLength(Problem.MaxText);
        });
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
