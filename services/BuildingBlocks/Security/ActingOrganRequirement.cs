using Microsoft.AspNetCore.Authorization;

namespace Corridor.BuildingBlocks.Security;

/// <summary>An organ named in the <see cref="ActingOrgan.Header"/> header must be one the caller may act for.</summary>
public sealed class ActingOrganRequirement : IAuthorizationRequirement;
