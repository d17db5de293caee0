using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Signing;

public sealed class SigningForAnotherPartyTests
{
    [Fact]
    public void A_party_cannot_sign_on_behalf_of_another_party()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() =>
            agreement.Sign(TestAgreements.Member(DemoOrgans.Yulin), DemoOrgans.Zhaoqing.Id, "张伟", [], TestAgreements.Now));

        Assert.Equal("agreement.signing-for-another-party", refused.Code);
        Assert.All(agreement.Parties, p => Assert.False(p.HasSigned));
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void Not_even_the_secretariat_signs_for_a_party()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<ForbiddenException>(() =>
            agreement.Sign(TestAgreements.Secretariat(), DemoOrgans.Yulin.Id, "秘书处", [], TestAgreements.Now));

        Assert.Equal("agreement.signing-for-another-party", refused.Code);
    }

    [Fact]
    public void The_signature_records_the_date_and_the_signatory_and_is_audited()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var at = TestAgreements.Now.AddDays(2);

        agreement.Sign(TestAgreements.Member(DemoOrgans.Zhaoqing), DemoOrgans.Zhaoqing.Id, "李娜", [], at);

        var party = agreement.Parties.Single(p => p.OrganId == DemoOrgans.Zhaoqing.Id);
        Assert.Equal((at, "李娜"), (party.SignedAt!.Value, party.Signatory));
        var line = agreement.History[^1];
        Assert.Equal(("sign", DemoOrgans.Zhaoqing.Id, "李娜", at), (line.Action, line.ByOrganId, line.Note, line.At));
    }

    [Fact]
    public void The_last_signature_after_the_term_ended_is_refused()
    {
        var agreement = TestAgreements.Proposed(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Sign(DemoOrgans.Yulin.Id, "张伟", new DateTime(2029, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("agreement.term-over", refused.Code);
        Assert.Equal(AgreementStatus.PendingSignatures, agreement.Status);
    }
}
