using System.Text.Json;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Agreements.Queries;
using Corridor.Agreements.Grpc;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Persistence;

/// <summary>
/// GetAgreement reads only what it shows; its answer must be the one built from the whole aggregate
/// (<see cref="AgreementView.From"/>, and the gRPC reply built from the aggregate), in a database made by the SQLite migrations.
/// </summary>
public sealed class AgreementViewQueryTests : IAsyncLifetime
{
    private static readonly DateTime Later = TestAgreements.Now.AddDays(30);

    private readonly MigratedSqliteDatabase<SqliteAgreementsDbContext> _file = new("agreements-view-query");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task An_active_agreement_with_a_document_plans_an_adopted_and_a_pending_amendment_reads_as_the_aggregate_shows_it()
    {
        // Plans written in the order REST shows them: the gRPC reply used to list them as stored.
        AreaPlan[] plans = [new(2026, CooperationArea.JointWork, 2, "联学共建"), new(2026, CooperationArea.JointProjects, 1, null), new(2027, CooperationArea.JointWork, 3, null)];
        var content = new AgreementContent(
            AgreementKind.PairingAgreement, "玉林–肇庆机关党建合作协议", "两市党政主要领导", TestAgreements.Start, TestAgreements.End,
            new DocumentReference(new string('a', 64), "corridor://documents/yulin-zhaoqing.pdf"),
            [TestAgreements.Party(DemoOrgans.Zhaoqing), TestAgreements.Party(DemoOrgans.Yulin)], plans);
        var agreement = Agreement.Draft(TestAgreements.Member(DemoOrgans.Yulin), content, TestAgreements.Now);
        agreement.Propose(DemoOrgans.Yulin.Id);
        agreement.Sign(DemoOrgans.Yulin.Id, "张三", TestAgreements.Now);
        agreement.Sign(DemoOrgans.Zhaoqing.Id, "李四", TestAgreements.Now.AddHours(1));
        agreement.ProposeAmendment(
            TestAgreements.Member(DemoOrgans.Yulin), "延长", new AmendmentChanges(null, new AmendedTerm(TestAgreements.Start, new DateOnly(2030, 12, 31)), null), [], Later);
        SignAmendment(agreement, 1, DemoOrgans.Zhaoqing);
        SignAmendment(agreement, 1, DemoOrgans.Yulin);
        agreement.ProposeAmendment(
            TestAgreements.Member(DemoOrgans.Zhaoqing), "增加2029年计划", new AmendmentChanges(null, null, [new AreaPlan(2029, CooperationArea.JointWork, 2, null)]), [], Later);
        SignAmendment(agreement, 2, DemoOrgans.Yulin);
        await SaveAsync(agreement);

        var shown = await AssertReadsAsTheAggregateAsync(agreement.Id);
        Assert.Equal(2, shown.Response.Amendments);
        Assert.Equal(2, shown.Response.PendingAmendment?.Number);
        Assert.Equal(2, shown.Response.Parties.Count);
        Assert.Equal(3, shown.Response.Plans.Count);
        Assert.NotNull(shown.Response.Document);
    }

    [Fact]
    public async Task A_draft_without_plans_or_amendments_reads_as_the_aggregate_shows_it()
    {
        var draft = TestAgreements.Draft(DemoOrgans.Hezhou, DemoOrgans.Zhanjiang);
        await SaveAsync(draft);

        var shown = await AssertReadsAsTheAggregateAsync(draft.Id);
        Assert.Empty(shown.Response.Plans);
        Assert.Empty(shown.Amendments);
        Assert.Null(shown.Response.PendingAmendment);
    }

    [Fact]
    public async Task An_unknown_agreement_is_not_found()
    {
        await using var db = _file.Open();
        await Assert.ThrowsAsync<NotFoundException>(() => AgreementViewQuery.GetAsync(db, Guid.NewGuid(), CancellationToken.None));
    }

    private static void SignAmendment(Agreement agreement, int number, DemoOrgan organ) =>
        agreement.SignAmendment(TestAgreements.Member(organ), number, organ.Id, organ.Name, [], Later);

    private async Task<AgreementView> AssertReadsAsTheAggregateAsync(Guid id)
    {
        await using var db = _file.Open();
        var whole = await AgreementQueries.GetAsync(db, id, CancellationToken.None);
        await using var fresh = _file.Open();
        var shown = await AgreementViewQuery.GetAsync(fresh, id, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(AgreementView.From(whole)), JsonSerializer.Serialize(shown));
        Assert.Equal(AgreementReplies.Agreement(AgreementView.From(whole)), AgreementReplies.Agreement(shown));
        return shown;
    }

    private async Task SaveAsync(Agreement agreement)
    {
        await using var db = _file.Open();
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
    }
}
