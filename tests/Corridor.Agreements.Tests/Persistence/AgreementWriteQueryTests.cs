using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Tests.Persistence;

/// <summary>A write loads the agreement with each owned collection in a query of its own: joined in one, their rows would multiply (an amendment's signatures load with their amendments, a path, not a product).</summary>
public sealed class AgreementWriteQueryTests
{
    private static readonly string[] OwnedTables = ["AgreementParties", "AgreementPlans", "AgreementTransitions", "AgreementAmendments"];

    [Fact]
    public async Task A_write_loads_the_agreement_without_joining_its_owned_collections_to_each_other()
    {
        await using var file = new SqliteTestDatabase("agreements");
        var recorded = new RecordedCommands();
        var options = new DbContextOptionsBuilder<SqliteAgreementsDbContext>()
            .UseSqlite(file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteAgreementsDbContext>()))
            .AddInterceptors(recorded)
            .Options;
        var agreement = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await using (var seed = new SqliteAgreementsDbContext(options))
        {
            await seed.Database.MigrateAsync();
            seed.Agreements.Add(agreement);
            await seed.SaveChangesAsync();
        }

        recorded.Clear();
        await using (var db = new SqliteAgreementsDbContext(options))
        {
            var suspended = await new AgreementWriter(db, TimeProvider.System).ApplyAsync(
                agreement.Id, VersionPrecondition.None, a => a.Suspend(TestAgreements.Member(DemoOrgans.Yulin), "暂停", DateTime.UtcNow), CancellationToken.None);
            Assert.Equal(AgreementStatus.Suspended, suspended.Status);
        }

        var loads = recorded.Commands.Where(q => q.Contains("FROM \"Agreements\"", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(loads);
        Assert.All(loads, q => Assert.True(
            OwnedTables.Count(t => q.Contains($"\"{t}\"", StringComparison.Ordinal)) <= 1,
            $"One query joins several owned collections, so their rows multiply:\n{q}"));
    }
}
