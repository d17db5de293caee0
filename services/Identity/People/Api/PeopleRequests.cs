namespace Corridor.Identity.People.Api;

/// <summary>
/// No <c>initialPassword</c>: one is generated, answered once, and must be changed at the first sign-in. No
/// <c>regionCode</c>: the organ's region in the directory; a stated one must be the same.
/// </summary>
public sealed record CreatePersonRequest(
    string? UserName, string? DisplayName, string? OrganId, string? RegionCode, IReadOnlyList<string>? Roles, string? Email, string? InitialPassword);

public sealed record ChangeRolesRequest(IReadOnlyList<string>? Roles);

public sealed record ChangeOwnPasswordRequest(string? CurrentPassword, string? NewPassword);
