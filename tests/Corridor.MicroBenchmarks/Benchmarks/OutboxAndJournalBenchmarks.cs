using BenchmarkDotNet.Attributes;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.MicroBenchmarks.Fixtures;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// What SaveChangesAsync builds for a raised problem before it writes anything: the outbox row of its ProblemRaised
/// (OutboxMessage.From) and its change-journal entry (the Lists feed's TrackedRecordType.Journal: the view without organ
/// names, the omitted fields removed, the SHA-256 of the content). Baseline: the event serialised alone, as the outbox
/// serialises it (IntegrationEventTypes.Serialize).
/// </summary>
[MemoryDiagnoser]
public class OutboxAndJournalBenchmarks
{
    private ListsDatabase _lists = null!;
    private AsyncServiceScope _scope;
    private IIntegrationEvent _raised = null!;
    private EntityEntry _entry = null!;
    private TrackedRecordType _problems = null!;
    private DateTime _now;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _lists = await ListsDatabase.CreateAsync();
        _scope = _lists.OpenScope();
        var problem = BenchCaller.RaiseProblem();
        _raised = problem.PendingEvents.OfType<ProblemRaised>().Single();
        _entry = _scope.ServiceProvider.GetRequiredService<ListsDbContext>().Problems.Add(problem);
        _problems = _lists.ChangeFeed.Find(typeof(Problem)) ?? throw new InvalidOperationException("The Lists feed does not track problems.");
        _now = DateTime.UtcNow;
        if (JournalEntry().Kind != ChangeKind.Created || OutboxRow().MessageType != typeof(ProblemRaised).FullName)
        {
            throw new InvalidOperationException("The raised problem's journal entry or outbox row is not what SaveChangesAsync writes.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _scope.DisposeAsync();
        await _lists.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public string SerializeEventAlone() => IntegrationEventTypes.Serialize(_raised);

    [Benchmark]
    public OutboxMessage OutboxRow() => OutboxMessage.From(_raised);

    [Benchmark]
    public ChangeJournalEntry JournalEntry() => _problems.Journal(_entry, ChangeActor.System, _now);

    [Benchmark]
    public (OutboxMessage Row, ChangeJournalEntry Entry) OutboxRowAndJournalEntry() => (OutboxMessage.From(_raised), _problems.Journal(_entry, ChangeActor.System, _now));
}
