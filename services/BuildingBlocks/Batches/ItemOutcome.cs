namespace Corridor.BuildingBlocks.Batches;

/// <summary>What a batch did with one item; strings on the wire.</summary>
public static class ItemOutcome
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
}
