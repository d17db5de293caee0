using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Matching;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Reactions;
using Corridor.Lists.Resources;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Infrastructure;

public abstract class ListsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<LinkedAgreement> LinkedAgreements => Set<LinkedAgreement>();

    public DbSet<ProjectDeployment> ProjectDeployments => Set<ProjectDeployment>();

    public DbSet<Problem> Problems => Set<Problem>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<Match> Matches => Set<Match>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProjectConfiguration());
        modelBuilder.ApplyProjectReadModels();
        modelBuilder.ApplyDirectoryReadModel();
        modelBuilder.ApplyConfiguration(new ProblemConfiguration());
        modelBuilder.ApplyConfiguration(new ResourceConfiguration());
        modelBuilder.ApplyConfiguration(new MatchConfiguration());
        modelBuilder.CompareReferencesOrdinally(Database);
        base.OnModelCreating(modelBuilder);
    }
}
