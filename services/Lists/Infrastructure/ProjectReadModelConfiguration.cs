using Corridor.Lists.Projects.Reactions;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Infrastructure;

/// <summary>The read models fed by Agreements' and Teams' events.</summary>
internal static class ProjectReadModelConfiguration
{
    public static void ApplyProjectReadModels(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LinkedAgreement>(agreement =>
        {
            agreement.ToTable("ProjectAgreementStates");
            agreement.HasKey(a => a.AgreementId);
            agreement.Property(a => a.AgreementId).ValueGeneratedNever();
            agreement.Property(a => a.Status).HasMaxLength(20);
            agreement.Property(a => a.Reason).HasMaxLength(4000);
            agreement.Property(a => a.SourceVersion).IsConcurrencyToken();
            agreement.Ignore(a => a.Flagged);
        });

        modelBuilder.Entity<ProjectDeployment>(deployment =>
        {
            deployment.ToTable("ProjectDeployments");
            deployment.HasKey(d => d.DeploymentId);
            deployment.Property(d => d.DeploymentId).ValueGeneratedNever();
            deployment.Property(d => d.EndReason).HasMaxLength(4000);
            deployment.HasIndex(d => d.ProjectId);
        });
    }
}
