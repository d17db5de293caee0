using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Infrastructure;

public abstract class AgreementsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<LinkedProject> LinkedProjects => Set<LinkedProject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AgreementConfiguration());
        modelBuilder.ApplyConfiguration(new ActivityConfiguration());
        modelBuilder.ApplyConfiguration(new LinkedProjectConfiguration());
        modelBuilder.ApplyDirectoryReadModel();
        modelBuilder.CompareReferencesOrdinally(Database);
        base.OnModelCreating(modelBuilder);
    }
}
