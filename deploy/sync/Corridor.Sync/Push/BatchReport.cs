namespace Corridor.Sync.Push;

/// <summary>The Lists batch endpoints' answer.</summary>
public sealed record BatchReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<BatchItemReport> Items);
