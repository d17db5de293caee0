namespace Corridor.Gateway;

/// <summary>Names the gateway's entry assembly for test hosts.</summary>
public sealed class GatewayServiceMarker;
