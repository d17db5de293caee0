using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Security;
using Corridor.Testing;

namespace Corridor.Agreements.Tests;

/// <summary>Agreements built straight from the domain, between demo organs.</summary>
internal static class TestAgreements
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static readonly DateOnly Start = new(2026, 1, 1);

    public static readonly DateOnly End = new(2028, 12, 31);

    private static readonly DemoOrgan[] Known =
        [DemoOrgans.Guangxi, DemoOrgans.Guangdong, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, DemoOrgans.Qinzhou];

    public static PartyTerms Party(DemoOrgan organ) => new(organ.Id, organ.Name, organ.RegionCode);

    public static CallerIdentity Member(DemoOrgan organ) => new($"{organ.Name}/member", organ.RegionCode, organ.Id, [CorridorRoles.Member]);

    public static CallerIdentity Secretariat() =>
        new("secretariat", DemoOrgans.Guangxi.RegionCode, DemoOrgans.Guangxi.Id, [CorridorRoles.Member, CorridorRoles.Secretariat]);

    public static CallerIdentity Member(string organId) => Member(Known.Single(o => o.Id == organId));

    public static AgreementContent Content(
        IReadOnlyList<PartyTerms> parties,
        DateOnly? start = null,
        DateOnly? end = null,
        AgreementKind kind = AgreementKind.PairingAgreement,
        IReadOnlyList<AreaPlan>? plans = null) =>
        new(kind, "玉林–肇庆机关党建合作协议", "两市党政主要领导", start ?? Start, end ?? End, null, parties, plans ?? []);

    public static Agreement DraftOf(AgreementKind kind, string title, IReadOnlyList<PartyTerms> parties, DateOnly start, DateOnly? end, DateTime now) =>
        Agreement.Draft(Secretariat(), new AgreementContent(kind, title, null, start, end, null, parties, []), now);

    public static Agreement Draft(params DemoOrgan[] parties) =>
        Agreement.Draft(Member(parties[0]), Content(parties.Select(Party).ToArray()), Now);

    public static Agreement Proposed(params DemoOrgan[] parties)
    {
        var agreement = Draft(parties);
        agreement.Propose(parties[0].Id);
        return agreement;
    }

    public static Agreement Active(params DemoOrgan[] parties)
    {
        var agreement = Proposed(parties);
        foreach (var party in parties)
        {
            agreement.Sign(party.Id, party.Name, Now);
        }

        return agreement;
    }

    /// <summary>The organ proposes for itself, with no other pairing agreement in force.</summary>
    public static void Propose(this Agreement agreement, string organId) => agreement.Propose(Member(organId), [], Now);

    /// <summary>The organ signs for itself, with no other pairing agreement in force.</summary>
    public static void Sign(this Agreement agreement, string organId, string signatory, DateTime now) =>
        agreement.Sign(Member(organId), organId, signatory, [], now);
}
