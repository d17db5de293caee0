using Corridor.BuildingBlocks.Messaging;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>The queues of the directory read model's consumers in one service (ADR 0018), named as MassTransit names them.</summary>
public static class DirectorySubscriptions
{
    public static IReadOnlyList<EventSubscription> For(string serviceName) =>
    [
        new(typeof(OrganRegistered), $"{serviceName}-organ-registered"),
        new(typeof(OrganUpdated), $"{serviceName}-organ-updated"),
        new(typeof(OrganRenamed), $"{serviceName}-organ-renamed"),
        new(typeof(OrganRetired), $"{serviceName}-organ-retired"),
        new(typeof(OrganReinstated), $"{serviceName}-organ-reinstated"),
        new(typeof(RegionJoined), $"{serviceName}-region-joined"),
        new(typeof(RegionLeft), $"{serviceName}-region-left"),
    ];
}
