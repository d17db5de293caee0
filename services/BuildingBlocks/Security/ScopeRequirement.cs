using Microsoft.AspNetCore.Authorization;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// Part of every policy: every token - a person's signed in through the console as much as a sync client's - needs
/// "{Prefix}.read" to read and "{Prefix}.write" to write in this service; roles only narrow what the scopes allow.
/// </summary>
public sealed class ScopeRequirement(string prefix) : IAuthorizationRequirement
{
    public string Prefix { get; } = prefix;
}
