namespace Corridor.BuildingBlocks.Batches;

/// <summary>One item of a batch as received: its position, its sheet row for a file, and what was wrong before validation.</summary>
public sealed record BatchItem<TRequest>(int Index, int? Row, TRequest? Request, IReadOnlyList<FieldError> ReadErrors);
