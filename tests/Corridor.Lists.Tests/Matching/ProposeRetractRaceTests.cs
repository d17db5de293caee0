using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Matching.Proposals;
using Corridor.Lists.Problems.Raising;
using Corridor.Lists.Tests.Problems;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Lists.Tests.Matching;

/// <summary>
/// A match proposed while the problem is retracted, in both orders, with the interleaving fixed by the test: the second
/// writer is held at its save until the first has committed. Either the proposal wins and the retraction is refused as
/// stale, or the retraction wins and the proposal finds no problem; never a match naming a deleted problem.
/// </summary>
public sealed class ProposeRetractRaceTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-propose-retract");
    private readonly TestClock _clock = new(TestProblems.Now);

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task A_retraction_committed_while_a_proposal_is_saving_leaves_the_proposal_without_a_problem_and_no_match()
    {
        var (problem, resource) = await SeedAsync();
        await using var proposing = Open(new BeforeFirstSave(() => RetractAsync(problem)));

        var refused = await Assert.ThrowsAsync<NotFoundException>(() => Propose(proposing, problem, resource));

        Assert.Contains("Problem", refused.Message, StringComparison.Ordinal);
        await using var db = _file.Open();
        Assert.False(await db.Problems.AnyAsync(p => p.Id == problem));
        Assert.Empty(await db.Matches.Where(m => m.ProblemId == problem).ToListAsync());
    }

    [Fact]
    public async Task A_proposal_committed_while_a_retraction_is_saving_makes_the_retraction_stale_and_keeps_the_problem()
    {
        var (problem, resource) = await SeedAsync();
        await using var retracting = Open(new BeforeFirstSave(async () =>
        {
            await using var proposing = _file.Open();
            await Propose(proposing, problem, resource);
        }));

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            new RetractProblemHandler(retracting, TestProblems.Raiser, _clock).HandleAsync(new RetractProblem(problem, Expecting(1)), CancellationToken.None));

        Assert.Equal(2, stale.CurrentVersion);
        await using var db = _file.Open();
        Assert.True(await db.Problems.AnyAsync(p => p.Id == problem));
        Assert.Single(await db.Matches.Where(m => m.ProblemId == problem).ToListAsync());
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new RetractProblemHandler(db, TestProblems.Raiser, _clock).HandleAsync(new RetractProblem(problem, Expecting(2)), CancellationToken.None));
        Assert.Equal("problem.not-retractable", refused.Code);
    }

    private async Task<(Guid Problem, Guid Resource)> SeedAsync()
    {
        var problem = TestProblems.Open();
        var resource = TestResources.Offered(DemoOrgans.Qinzhou);
        await using var db = _file.Open();
        db.Problems.Add(problem);
        db.Resources.Add(resource);
        await db.SaveChangesAsync();
        Assert.Equal(1, problem.Version);
        return (problem.Id, resource.Id);
    }

    private async Task RetractAsync(Guid problem)
    {
        await using var db = _file.Open();
        await new RetractProblemHandler(db, TestProblems.Raiser, _clock).HandleAsync(new RetractProblem(problem, Expecting(1)), CancellationToken.None);
    }

    private Task Propose(ListsDbContext db, Guid problem, Guid resource) =>
        new ProposeMatchHandler(db, new IdempotentWrites(db, _clock), TestProblems.Raiser, _clock).HandleAsync(new ProposeMatch(problem, resource), CancellationToken.None);

    private SqliteListsDbContext Open(IInterceptor hook) => new(new DbContextOptionsBuilder<SqliteListsDbContext>()
        .UseSqlite(_file.ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
        .AddInterceptors(hook)
        .Options);

    /// <summary>The If-Match of a caller who read <paramref name="version"/>.</summary>
    private static VersionPrecondition Expecting(long version)
    {
        void Check(long current)
        {
            if (current != version)
            {
                throw new PreconditionFailedException(current);
            }
        }

        return new VersionPrecondition(true, Check, Check);
    }

    /// <summary>Runs the other writer to its commit when this context first saves, after it read what it decides on.</summary>
    private sealed class BeforeFirstSave(Func<Task> other) : SaveChangesInterceptor
    {
        private bool _ran;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!_ran)
            {
                _ran = true;
                await other();
            }

            return result;
        }
    }
}
