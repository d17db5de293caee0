namespace Corridor.Lists.Projects;

/// <summary>One field that differs between two revisions, both values rendered as text (null when absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
