namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// A region's sync client acts for any active organ of its region by naming it per request: the
/// <see cref="Header"/> header on REST, the same key as metadata on gRPC (metadata travels as HTTP/2 headers, so one
/// check serves both). Without it the client acts for the organ its registration names.
/// </summary>
public static class ActingOrgan
{
    public const string Header = "Corridor-Organ";

    /// <summary>Where a checked acting organ waits for <see cref="CallerIdentity"/> to be built from the request.</summary>
    internal const string ItemKey = "corridor.acting-organ";
}
