namespace Corridor.BuildingBlocks.Sheets;

public enum SheetValueKind
{
    Text,
    Number,
    Date,
}
