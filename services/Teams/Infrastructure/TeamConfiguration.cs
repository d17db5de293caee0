using Corridor.Teams.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Teams.Infrastructure;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(Team.MaxName);
        builder.Property(t => t.Mission).HasMaxLength(Team.MaxText);
        builder.Property(t => t.OwnerOrganId).HasMaxLength(18);
        builder.Property(t => t.RegionCode).HasMaxLength(6);
        builder.Property(t => t.ParentPartyOrganisation).HasMaxLength(Team.MaxName);
        builder.Property(t => t.StandDownReason).HasMaxLength(Team.MaxText);
        builder.Property(t => t.ExternalReference).HasMaxLength(Team.MaxExternalReference);
        builder.HasIndex(t => new { t.RegionCode, t.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
        builder.Ignore(t => t.Details);
        builder.HasIndex(t => new { t.RegionCode, t.Kind, t.Status });
        builder.HasIndex(t => new { t.RegisteredAt, t.Id });

        builder.OwnsMany(t => t.Deployments, deployment =>
        {
            deployment.ToTable("Deployments");
            deployment.WithOwner().HasForeignKey("TeamId");
            deployment.HasKey(d => d.Id);
            deployment.Property(d => d.Id).ValueGeneratedNever();
            deployment.Property(d => d.Task).HasMaxLength(Team.MaxText);
            deployment.Property(d => d.EndReason).HasMaxLength(Team.MaxText);
            deployment.HasIndex(d => d.ProjectId);
            deployment.OwnsMany(d => d.Outcomes, outcome =>
            {
                outcome.ToTable("DeploymentOutcomes");
                outcome.WithOwner().HasForeignKey("DeploymentId");
                outcome.HasKey(o => o.Id);
                outcome.Property(o => o.Id).ValueGeneratedOnAdd();
                outcome.Property(o => o.Text).HasMaxLength(Team.MaxText);
                outcome.Property(o => o.By).HasMaxLength(200);
            });
            deployment.Navigation(d => d.Outcomes).HasField("_outcomes").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(t => t.Deployments).HasField("_deployments").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(t => t.Members, member =>
        {
            member.ToTable("TeamMembers");
            member.WithOwner().HasForeignKey("TeamId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.PersonName).HasMaxLength(Team.MaxPersonName);
            member.Property(m => m.OrganId).HasMaxLength(18);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            member.Property(m => m.Phone).HasMaxLength(16);
            member.Property(m => m.LeaveReason).HasMaxLength(Team.MaxText);
            member.HasIndex(m => new { m.PersonName, m.OrganId });
        });
        builder.Navigation(t => t.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(t => t.Credits, credit =>
        {
            credit.ToTable("TeamProblemCredits");
            credit.WithOwner().HasForeignKey("TeamId");
            credit.HasKey(c => c.Id);
            credit.Property(c => c.Id).ValueGeneratedOnAdd();
            credit.HasIndex("TeamId", "ProblemId").IsUnique();
            credit.Property(c => c.Note).HasMaxLength(Team.MaxText);
            credit.Property(c => c.By).HasMaxLength(200);
            credit.HasIndex(c => c.ProblemId);
        });
        builder.Navigation(t => t.Credits).HasField("_credits").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(t => t.History, line =>
        {
            line.ToTable("TeamChanges");
            line.WithOwner().HasForeignKey("TeamId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasMaxLength(20);
            line.Property(l => l.From).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.To).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.By).HasMaxLength(200);
            line.Property(l => l.ByOrganId).HasMaxLength(18);
            line.Property(l => l.ByRegionCode).HasMaxLength(6);
            line.Property(l => l.Note).HasMaxLength(Team.MaxText);
            line.HasIndex(l => new { l.Action, l.EffectiveOn });
        });
        builder.Navigation(t => t.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
