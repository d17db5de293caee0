using Corridor.Agreements.Agreements;
using Corridor.Testing;

namespace Corridor.Agreements.Tests;

/// <summary>Agreements built straight from the domain, between demo organs.</summary>
internal static class TestAgreements
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static AgreementParty Party(DemoOrgan organ) => new(organ.Id, organ.Name, organ.RegionCode);

    public static Agreement Draft(params DemoOrgan[] parties) =>
        Agreement.Draft(
            AgreementKind.PairingAgreement,
            "玉林–肇庆机关党建合作协议",
            parties.Select(Party).ToArray(),
            new DateOnly(2026, 1, 1),
            new DateOnly(2028, 12, 31),
            Now);

    public static Agreement Proposed(params DemoOrgan[] parties)
    {
        var agreement = Draft(parties);
        agreement.Propose(parties[0].Id);
        return agreement;
    }
}
