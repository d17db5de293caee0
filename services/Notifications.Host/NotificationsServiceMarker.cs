namespace Corridor.Notifications;

/// <summary>Names this service's assembly for hosts that start it in-process (tests, WebApplicationFactory).</summary>
public sealed class NotificationsServiceMarker;
