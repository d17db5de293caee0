using Corridor.BuildingBlocks.Reference;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Tests.Domain;

/// <summary>The GB/T 2260 table shipped with the service.</summary>
public sealed class DivisionTableTests
{
    private static readonly DivisionTable Divisions = DivisionTable.Shipped;

    [Fact]
    public void The_table_holds_the_provinces_prefectures_and_counties_each_under_an_existing_parent()
    {
        Assert.InRange(Divisions.All.Count, 3300, 3400);
        Assert.Equal(31, Divisions.ChildrenOf(null).Count);
        Assert.All(Divisions.All, d => Assert.True(d.ParentCode is null ? d.Level == DivisionLevel.Province : Divisions.Contains(d.ParentCode), d.Code));
        Assert.All(CorridorRegions.All, r => Assert.True(Divisions.Contains(r.Code), r.Code));
    }

    [Fact]
    public void The_level_is_read_from_the_code_and_ancestry_from_the_table()
    {
        var hepu = Divisions.Find("450521")!;

        Assert.Equal(("合浦县", DivisionLevel.County, "450500", "450000"), (hepu.Name, hepu.Level, hepu.ParentCode, hepu.ProvinceCode));
        Assert.Equal(DivisionLevel.Prefecture, Divisions.Find("450500")!.Level);
        Assert.Equal(DivisionLevel.Province, Divisions.Find("450000")!.Level);
        Assert.True(Divisions.IsWithin("450521", "450000"));
        Assert.True(Divisions.IsWithin("450521", "450521"));
        Assert.False(Divisions.IsWithin("450000", "450521"));
        Assert.False(Divisions.IsWithin("440800", "450000"));
        Assert.Contains(Divisions.ChildrenOf("450000"), d => d.Code == "450500" && d.Name == "北海市");
    }
}
