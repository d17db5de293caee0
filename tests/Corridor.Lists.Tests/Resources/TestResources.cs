using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Resources;

internal static class TestResources
{
    public static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    public static CallerIdentity Member(DemoOrgan organ) => new($"{organ.Name}/member", organ.RegionCode, organ.Id, [CorridorRoles.Member]);

    public static ResourceInput Input(string? externalReference = null, decimal capacity = 1200.5m) => new(
        "钦州港 集装箱舱位", "每月可向走廊成员提供的海铁联运舱位", ResourceCategory.LogisticsCapacity, capacity, "TEU/月",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), externalReference);

    public static Resource Offered(DemoOrgan organ, ResourceInput? input = null) => Resource.Offer(input ?? Input(), Member(organ), Now);
}
