namespace Corridor.BuildingBlocks.Batches;

/// <summary>The outcome of a batch or import, and whether it is the stored answer to an earlier request with the same key.</summary>
public sealed record BatchAnswer(BatchResult Result, bool Replayed);
