using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams.Projects;
using Corridor.Teams.Teams;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Infrastructure;

public abstract class TeamsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<ApprovedProject> ApprovedProjects => Set<ApprovedProject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TeamConfiguration());
        modelBuilder.Entity<ApprovedProject>(project =>
        {
            project.ToTable("ApprovedProjects");
            project.HasKey(p => p.ProjectId);
            project.Property(p => p.ProjectId).ValueGeneratedNever();
            project.Property(p => p.Title).HasMaxLength(300);
            project.Property(p => p.LeadRegionCode).HasMaxLength(6);
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            project.Property(p => p.CloseReason).HasMaxLength(2000);
            project.HasIndex(p => new { p.Status, p.ApprovedAt });
            // Two deliveries handled at once must not let an older fact overwrite a newer one: the
            // loser fails, is retried, and then finds the newer version already applied.
            project.Property(p => p.SourceVersion).IsConcurrencyToken();
            // A deployment and the project's end both move it (ApprovedProject.Version): the second to save fails.
            project.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.ApplyDirectoryReadModel();
        modelBuilder.CompareReferencesOrdinally(Database);
        base.OnModelCreating(modelBuilder);
    }
}
