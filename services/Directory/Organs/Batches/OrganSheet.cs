using Corridor.BuildingBlocks.Sheets;

namespace Corridor.DirectoryService.Organs.Batches;

/// <summary>
/// The organ template and import: one row per organ, the fields of the upsert by external reference. Level and kind
/// take their Chinese names (the template's second sheet lists them) or the canonical ones.
/// </summary>
public static class OrganSheet
{
    public static readonly SheetLayout Layout = new("organs",
    [
        new SheetColumn("fullName", SheetValueKind.Text, "机关全称", "全称", "Full name", "FullName"),
        new SheetColumn("shortName", SheetValueKind.Text, "简称", "Short name", "ShortName"),
        new SheetColumn("organId", SheetValueKind.Text, "统一社会信用代码/会议编号", "统一社会信用代码", "会议编号", "Organ id", "OrganId"),
        new SheetColumn("regionCode", SheetValueKind.Text, "行政区划代码", "区划代码", "Region code", "RegionCode"),
        new SheetColumn("level", SheetValueKind.Text, "级别", "Level") { Choices = SheetChoices.Of(OrganLabels.Levels) },
        new SheetColumn("kind", SheetValueKind.Text, "类别", "Kind") { Choices = SheetChoices.Of(OrganLabels.Kinds) },
        new SheetColumn("parentOrganId", SheetValueKind.Text, "上级机关", "上级机关代码", "Parent organ", "ParentOrganId"),
        new SheetColumn("externalReference", SheetValueKind.Text, "外部编号", "External reference", "ExternalReference", "Ref"),
    ]);
}
