namespace Corridor.Sync.Push;

/// <summary>Why an item was rejected (and for a sheet the column as the user sees it).</summary>
public sealed record BatchFieldError(string Field, string Message, string? Column, string? ColumnLetter);
