namespace Corridor.Notifications.Webhooks;

/// <summary>
/// A roster event arrived before the event that names its team's region: thrown so that the broker redelivers it later
/// rather than the event going to nobody (or to everybody).
/// </summary>
public sealed class TeamRegionUnknownException(Guid teamId)
    : Exception($"Team {teamId}'s region is not known yet; the roster event waits for its TeamRegistered.");
