namespace Corridor.DirectoryService.Organs;

/// <summary>The body of POST /api/v1/organs and PUT /api/v1/organs/by-ref/{region}/{externalReference}.</summary>
public sealed record RegisterOrganRequest(
    string? OrganId, string? RegionCode, string? FullName, string? ShortName, string? Level, string? Kind, string? ParentOrganId = null, string? ExternalReference = null);

public sealed record UpdateOrganRequest(string? Level, string? Kind, string? ParentOrganId);

public sealed record RenameOrganRequest(string? FullName, string? ShortName, DateOnly? EffectiveOn);

public sealed record RetireOrganRequest(DateOnly? RetiredOn, string? Reason);

public sealed record AddContactRequest(string? Role, string? Name, string? Phone);
