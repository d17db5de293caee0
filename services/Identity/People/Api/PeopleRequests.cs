namespace Corridor.Identity.People.Api;

/// <summary>No <c>initialPassword</c>: one is generated, answered once, and must be changed at the first sign-in.</summary>
public sealed record CreatePersonRequest(
    string? UserName, string? DisplayName, string? OrganId, string? RegionCode, IReadOnlyList<string>? Roles, string? Email, string? InitialPassword);

public sealed record ChangeRolesRequest(IReadOnlyList<string>? Roles);

public sealed record ChangeOwnPasswordRequest(string? CurrentPassword, string? NewPassword);
