namespace Corridor.Identity;

/// <summary>Names this service's assembly for hosts that start it in-process (tests, WebApplicationFactory).</summary>
public sealed class IdentityServiceMarker;
