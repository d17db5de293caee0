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
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Mission).HasMaxLength(2000);
        builder.Property(t => t.OwnerOrganId).HasMaxLength(18);
        builder.Property(t => t.RegionCode).HasMaxLength(6);
        builder.HasIndex(t => new { t.RegionCode, t.Kind, t.Status });

        builder.OwnsMany(t => t.Deployments, deployment =>
        {
            deployment.ToTable("Deployments");
            deployment.WithOwner().HasForeignKey("TeamId");
            deployment.HasKey(d => d.Id);
            deployment.Property(d => d.Id).ValueGeneratedNever();
            deployment.Property(d => d.Task).HasMaxLength(2000);
            deployment.HasIndex(d => d.ProjectId);
        });
        builder.Navigation(t => t.Deployments).HasField("_deployments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
