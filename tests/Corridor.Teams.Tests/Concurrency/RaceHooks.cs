using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Lists.V1;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Teams.Tests.Concurrency;

/// <summary>The points at which <see cref="DeployCancelRaceTests"/> lets the other writer run to its commit.</summary>
internal static class RaceHooks
{
    /// <summary>A context on the same file whose first save first runs <see cref="BeforeFirstSave"/>'s writer.</summary>
    public static SqliteTeamsDbContext Open(this MigratedSqliteDatabase<SqliteTeamsDbContext> file, IInterceptor hook) =>
        new(new DbContextOptionsBuilder<SqliteTeamsDbContext>()
            .UseSqlite(file.ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteTeamsDbContext>()))
            .AddInterceptors(hook)
            .Options);
}

internal sealed class FixedTime(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
}

/// <summary>Lists answering that the project is approved, after running <paramref name="meanwhile"/> (what happens while the call is on the wire).</summary>
internal sealed class ListsSaysApproved(Guid project, Func<Task> meanwhile) : ProjectsQuery.ProjectsQueryClient
{
    public override AsyncUnaryCall<ProjectStatusReply> GetProjectStatusAsync(
        GetProjectStatusRequest request, Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default) =>
        new(AnswerAsync(), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

    private async Task<ProjectStatusReply> AnswerAsync()
    {
        await meanwhile();
        return new ProjectStatusReply { ProjectId = project.ToString(), Status = ProjectStatus.Approved, Approved = true, Revision = 1, Version = 7, Title = "钦州港区航道扩建联建项目" };
    }
}

/// <summary>Runs the other writer to its commit when this context first saves, after it read what it decides on.</summary>
internal sealed class BeforeFirstSave(Func<Task> other) : SaveChangesInterceptor
{
    private bool _ran;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!_ran)
        {
            _ran = true;
            await other();
        }

        return result;
    }
}
