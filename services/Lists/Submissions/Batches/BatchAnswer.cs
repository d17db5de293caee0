namespace Corridor.Lists.Submissions.Batches;

/// <summary>The outcome of a batch or import, and whether it is the stored answer to an earlier request with the same key.</summary>
internal sealed record BatchAnswer(BatchResult Result, bool Replayed);
