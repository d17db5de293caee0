namespace Corridor.DevTools.Api;

/// <summary>The part of a Lists batch answer that the tools read.</summary>
public sealed record BatchView(int Total, int Rejected, IReadOnlyList<BatchItemView> Items);

public sealed record BatchItemView(int Index, string? ExternalReference, string Outcome, Guid? Id, IReadOnlyList<BatchErrorView> Errors);

public sealed record BatchErrorView(string Field, string Message);

/// <summary>The part of a Lists problem or match answer that the tools read.</summary>
public sealed record ListsRecordView(Guid Id, string Status);
