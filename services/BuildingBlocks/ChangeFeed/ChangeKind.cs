namespace Corridor.BuildingBlocks.ChangeFeed;

public enum ChangeKind
{
    Created,
    Updated,
    StatusChanged,
    Merged,
    Deleted,
}
