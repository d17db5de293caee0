namespace Corridor.Sync.Push;

/// <summary>What the batch did with one item: created, updated, unchanged or rejected (with the reasons).</summary>
public sealed record BatchItemReport(int Index, int? Row, string? ExternalReference, string Outcome, Guid? Id, IReadOnlyList<BatchFieldError>? Errors);
