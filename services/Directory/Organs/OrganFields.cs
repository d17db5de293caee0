namespace Corridor.DirectoryService.Organs;

/// <summary>What a registration or an upsert says of an organ, validated and trimmed (a blank parent is none).</summary>
public sealed record OrganFields(string FullName, string ShortName, OrganLevel Level, OrganKind Kind, string? ParentOrganId);
