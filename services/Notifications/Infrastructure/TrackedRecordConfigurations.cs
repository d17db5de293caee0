using Corridor.Notifications.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Notifications.Infrastructure;

internal sealed class TrackedRecordConfigurations
    : IEntityTypeConfiguration<TrackedProblem>, IEntityTypeConfiguration<TrackedProject>, IEntityTypeConfiguration<TrackedTeam>
{
    public void Configure(EntityTypeBuilder<TrackedProblem> problem)
    {
        problem.ToTable("TrackedProblems");
        problem.HasKey(p => p.ProblemId);
        problem.Property(p => p.ProblemId).ValueGeneratedNever();
        problem.Property(p => p.Title).HasMaxLength(200);
        problem.Property(p => p.RaisedByOrganId).HasMaxLength(18);
        problem.Property(p => p.RaisedByRegionCode).HasMaxLength(6);
        problem.Property(p => p.HandlingRegionCode).HasMaxLength(6);
        problem.Property(p => p.ResponsibleOrganId).HasMaxLength(18);
        problem.Property(p => p.ResponsibleRegionCode).HasMaxLength(6);
        problem.Property(p => p.CoResponsibleOrganIds).HasMaxLength(1000);
        problem.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        problem.Ignore(p => p.CoResponsible);
        problem.Ignore(p => p.IsBeingHandled);
        problem.HasIndex(p => new { p.Stage, p.DueDate });
    }

    public void Configure(EntityTypeBuilder<TrackedProject> project)
    {
        project.ToTable("TrackedProjects");
        project.HasKey(p => p.ProjectId);
        project.Property(p => p.ProjectId).ValueGeneratedNever();
        project.Property(p => p.Title).HasMaxLength(200);
        project.Property(p => p.LeadRegionCode).HasMaxLength(6);
        project.Property(p => p.PenRegionCode).HasMaxLength(6);
    }

    public void Configure(EntityTypeBuilder<TrackedTeam> team)
    {
        team.ToTable("TrackedTeams");
        team.HasKey(t => t.TeamId);
        team.Property(t => t.TeamId).ValueGeneratedNever();
        team.Property(t => t.Name).HasMaxLength(100);
        team.Property(t => t.OwnerOrganId).HasMaxLength(18);
    }
}
