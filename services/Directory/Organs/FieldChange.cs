namespace Corridor.DirectoryService.Organs;

/// <summary>One field of an organ a change set: its value before (null: none) and after.</summary>
public sealed record FieldChange(string Field, string? From, string? To);
