namespace Corridor.BuildingBlocks.Batches;

public sealed record BatchResult(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<BatchItemResult> Items)
{
    public static BatchResult Of(IReadOnlyList<BatchItemResult> items) => new(
        items.Count,
        items.Count(i => i.Outcome == ItemOutcome.Created),
        items.Count(i => i.Outcome == ItemOutcome.Updated),
        items.Count(i => i.Outcome == ItemOutcome.Unchanged),
        items.Count(i => i.Outcome == ItemOutcome.Rejected),
        items);
}
