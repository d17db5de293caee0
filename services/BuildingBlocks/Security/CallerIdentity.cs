using System.Security.Claims;
using Corridor.BuildingBlocks.Directory;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Who is calling: subject, region, organ and roles, read from the token; the client it came through and the scopes granted to it.</summary>
public sealed record CallerIdentity(string Subject, string Region, string Organ, IReadOnlyList<string> Roles)
{
    /// <summary>The OAuth client the token was issued to; for a sync client the same as <see cref="Subject"/>.</summary>
    public string? ClientId { get; init; }

    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Who the audit trail names: the subject, and the client when a person acts through one ("staff-450000 via corridor-console").</summary>
    public string Actor => string.IsNullOrEmpty(ClientId) || ClientId == Subject ? Subject : $"{Subject} via {ClientId}";

    /// <summary>A sync client acting for an organ of its region other than its own (<see cref="ActingOrgan.Header"/>).</summary>
    public bool ActsForAnotherOrgan { get; init; }

    /// <summary>
    /// Whose Idempotency-Keys a key belongs to: the subject in its region, and the organ when the subject acts for
    /// another one — the same key and body filed for two organs are two requests.
    /// </summary>
    public string IdempotencyScope => ActsForAnotherOrgan ? $"{Region}/{Subject}/{Organ}" : $"{Region}/{Subject}";

    public bool IsSecretariat => Roles.Contains(CorridorRoles.Secretariat);

    public bool IsCoordinator => Roles.Contains(CorridorRoles.Coordinator);

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>The caller of a request: its token's identity, acting for the organ the request names once that was checked (<see cref="ActingOrganHandler"/>).</summary>
    public static CallerIdentity Of(HttpContext http)
    {
        var caller = From(http.User);
        return http.Items.TryGetValue(ActingOrgan.ItemKey, out var item) && item is KnownOrgan organ
            ? caller with { Region = organ.RegionCode, Organ = organ.OrganId, ActsForAnotherOrgan = true }
            : caller;
    }

    public static CallerIdentity From(ClaimsPrincipal user) => new(
        user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(CorridorClaims.Region) ?? "",
        user.FindFirstValue(CorridorClaims.Organ) ?? "",
        user.FindAll(CorridorClaims.Role).Select(c => c.Value).ToArray())
    {
        ClientId = user.FindFirstValue(CorridorClaims.ClientId) ?? user.FindFirstValue(CorridorClaims.AuthorizedParty),
        // "scope" is one space-separated claim (RFC 9068); some providers send one claim per scope or use "scp".
        Scopes = user.FindAll(c => c.Type is CorridorClaims.Scope or CorridorClaims.ScopeShort)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal),
    };
}
