using System.Text.Json;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Tests.Persistence;

/// <summary>
/// An agreement stored in a database made by the SQLite migrations: it reads back whole, a stale
/// copy cannot overwrite it, and the activation is written as exactly one outbox row.
/// </summary>
public sealed class AgreementStorageTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteAgreementsDbContext> _file = new("agreements-storage");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task An_agreement_reads_back_with_its_parties_and_signatures()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);
        await SaveNewAsync(agreement);

        await using var db = _file.Open();
        var stored = await db.Agreements.SingleAsync(a => a.Id == agreement.Id);

        Assert.Equal(AgreementStatus.PendingSignatures, stored.Status);
        Assert.Equal(3, stored.Version);
        Assert.Equal(AgreementKind.PairingAgreement, stored.Kind);
        Assert.Equal(new DateOnly(2028, 12, 31), stored.TermEnd);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(
            [(DemoOrgans.Yulin.Id, (string?)null), (DemoOrgans.Zhaoqing.Id, "李娜")],
            stored.Parties.OrderBy(p => p.OrganId == DemoOrgans.Zhaoqing.Id).Select(p => (p.OrganId, p.Signatory)));
    }

    [Fact]
    public async Task The_last_signature_writes_exactly_one_AgreementActivated_to_the_outbox()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Hezhou);
        await SaveNewAsync(agreement);

        await SignAsync(agreement.Id, DemoOrgans.Yulin);
        await SignAsync(agreement.Id, DemoOrgans.Hezhou);
        Assert.Empty(await OutboxAsync("AgreementActivated"));

        await SignAsync(agreement.Id, DemoOrgans.Zhaoqing);

        Assert.Equal(
            ["AgreementProposed", "AgreementSigned", "AgreementSigned", "AgreementSigned", "AgreementActivated"],
            (await OutboxAsync()).Select(m => m.MessageType.Split('.')[^1]));
        var row = Assert.Single(await OutboxAsync("AgreementActivated"));
        Assert.Equal("Corridor.Contracts.Events.AgreementActivated", row.MessageType);
        Assert.Null(row.DispatchedAt);
        using var payload = JsonDocument.Parse(row.Payload);
        var activated = payload.RootElement;
        Assert.Equal(agreement.Id, activated.GetProperty("agreementId").GetGuid());
        Assert.Equal(5, activated.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal("PairingAgreement", activated.GetProperty("kind").GetString());
        Assert.Equal(
            new[] { DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id, DemoOrgans.Hezhou.Id }.Order(StringComparer.Ordinal),
            activated.GetProperty("partyOrganIds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));

        await using var db = _file.Open();
        var stored = await db.Agreements.SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal(AgreementStatus.Active, stored.Status);
        Assert.Equal(5, stored.Version);
    }

    [Fact]
    public async Task A_change_saved_from_a_stale_copy_is_refused()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await SaveNewAsync(agreement);

        await using var first = _file.Open();
        await using var second = _file.Open();
        var mine = await first.Agreements.SingleAsync(a => a.Id == agreement.Id);
        var theirs = await second.Agreements.SingleAsync(a => a.Id == agreement.Id);
        mine.Sign(DemoOrgans.Yulin.Id, "张伟", TestAgreements.Now);
        await first.SaveChangesAsync();

        theirs.Sign(DemoOrgans.Zhaoqing.Id, "李娜", TestAgreements.Now);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = _file.Open();
        var stored = await check.Agreements.SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal(3, stored.Version);
        Assert.Equal(AgreementStatus.PendingSignatures, stored.Status);
        Assert.Single(await OutboxAsync("AgreementSigned"));
    }

    private async Task SaveNewAsync(Agreement agreement)
    {
        await using var db = _file.Open();
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
    }

    private async Task SignAsync(Guid id, DemoOrgan organ)
    {
        await using var db = _file.Open();
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        agreement.Sign(organ.Id, organ.Name, TestAgreements.Now);
        await db.SaveChangesAsync();
    }

    private async Task<List<Corridor.BuildingBlocks.Outbox.OutboxMessage>> OutboxAsync(string? type = null)
    {
        await using var db = _file.Open();
        var rows = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        return rows.Where(m => type is null || m.MessageType == "Corridor.Contracts.Events." + type).ToList();
    }
}
