using Microsoft.AspNetCore.Authorization;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// Part of every policy: a sync client needs "{Prefix}.read" to read and "{Prefix}.write" to write in this
/// service. People are governed by their roles alone.
/// </summary>
public sealed class ScopeRequirement(string prefix) : IAuthorizationRequirement
{
    public string Prefix { get; } = prefix;
}
