using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Agreements.Tests.Persistence;

/// <summary>
/// Two replicas of the lifecycle job racing on one SQLite file: every agreement is expired (or warned)
/// exactly once and exactly one event is written for it, whoever wins.
/// </summary>
public sealed class LifecycleRaceTests : IAsyncLifetime
{
    private const int Agreements = 12;
    private static readonly DateTime AfterTheTerm = new(2029, 1, 3, 2, 0, 0, DateTimeKind.Utc);
    private readonly MigratedSqliteDatabase<SqliteAgreementsDbContext> _file = new("agreements-lifecycle-race");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task Two_job_replicas_expire_each_agreement_exactly_once()
    {
        await SeedActiveAsync(Agreements);

        var rounds = await RaceAsync(AfterTheTerm, replicas: 2, rounds: 3);

        Assert.Equal(Agreements, rounds.Sum(r => r.Expired));
        await using var db = _file.Open();
        Assert.All(await db.Agreements.AsNoTracking().ToListAsync(), a => Assert.Equal(AgreementStatus.Expired, a.Status));
        var expired = await EventsAsync(db, "AgreementExpired");
        Assert.Equal(Agreements, expired.Count);
        Assert.Equal(Agreements, expired.Distinct().Count());
    }

    [Fact]
    public async Task Two_job_replicas_send_one_RenewalDue_per_agreement()
    {
        await SeedActiveAsync(Agreements);

        var rounds = await RaceAsync(new DateTime(2028, 11, 15, 2, 0, 0, DateTimeKind.Utc), replicas: 2, rounds: 3);

        Assert.Equal(Agreements, rounds.Sum(r => r.RenewalWarnings));
        Assert.Equal(0, rounds.Sum(r => r.Expired));
        await using var db = _file.Open();
        var warnings = await EventsAsync(db, "RenewalDue");
        Assert.Equal(Agreements, warnings.Count);
        Assert.Equal(Agreements, warnings.Distinct().Count());
    }

    [Fact]
    public async Task A_stale_copy_cannot_expire_an_agreement_a_second_time()
    {
        await SeedActiveAsync(1);
        await using var first = _file.Open();
        await using var second = _file.Open();
        var mine = await first.Agreements.SingleAsync();
        var theirs = await second.Agreements.SingleAsync();

        mine.Expire(AfterTheTerm);
        await first.SaveChangesAsync();
        theirs.Expire(AfterTheTerm);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _file.Open();
        Assert.Single(await EventsAsync(check, "AgreementExpired"));
    }

    private async Task<LifecycleRound[]> RaceAsync(DateTime now, int replicas, int rounds)
    {
        var options = new LifecycleOptions { RenewalWindowDays = 90, BatchSize = 100 };
        var results = new List<LifecycleRound>();
        for (var round = 0; round < rounds; round++)
        {
            var contexts = Enumerable.Range(0, replicas).Select(_ => _file.Open()).ToArray();
            try
            {
                var jobs = contexts.Select(db => Task.Run(() =>
                    new AgreementLifecycle(db, options, new FixedClock(now), NullLogger<AgreementLifecycle>.Instance).RunOnceAsync(CancellationToken.None)));
                results.AddRange(await Task.WhenAll(jobs));
            }
            finally
            {
                foreach (var db in contexts)
                {
                    await db.DisposeAsync();
                }
            }
        }

        return results.ToArray();
    }

    private async Task SeedActiveAsync(int count)
    {
        await using var db = _file.Open();
        for (var i = 0; i < count; i++)
        {
            // Built straight from the domain (no overlap check): the job does not care which organs are paired.
            db.Agreements.Add(TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing));
        }

        await db.SaveChangesAsync();
    }

    private static async Task<List<Guid>> EventsAsync(AgreementsDbContext db, string type)
    {
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == "Corridor.Contracts.Events." + type).ToListAsync();
        return rows.Select(r => System.Text.Json.JsonDocument.Parse(r.Payload).RootElement.GetProperty("agreementId").GetGuid()).ToList();
    }
}
