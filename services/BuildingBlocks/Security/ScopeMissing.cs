using Microsoft.AspNetCore.Authorization;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Why a token was refused, a person's or a client's: the scope it would have needed.</summary>
public sealed class ScopeMissing(IAuthorizationHandler handler, string scope)
    : AuthorizationFailureReason(handler, $"This token does not grant the scope '{scope}' that this call requires.")
{
    public const string Code = "scope-missing";

    public string Scope { get; } = scope;
}
