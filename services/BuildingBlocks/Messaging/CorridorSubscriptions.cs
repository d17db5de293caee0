using Corridor.BuildingBlocks.Directory;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Messaging;

/// <summary>
/// Every consumer queue in Corridor and the events it receives (ADR 0018). Each service declares these queues and
/// their bindings before it first publishes an event, so an event published before its consumer's service ever ran
/// waits in the queue instead of being dropped. A service refuses to start with a consumer queue missing here.
/// </summary>
public static class CorridorSubscriptions
{
    public static IReadOnlyList<EventSubscription> All { get; } =
    [
        new(typeof(AgreementSuspended), "lists-agreement-suspended"),
        new(typeof(AgreementTerminated), "lists-agreement-terminated"),
        new(typeof(AgreementExpired), "lists-agreement-expired"),
        new(typeof(AgreementResumed), "lists-agreement-resumed"),
        new(typeof(TeamDeployed), "lists-team-deployed"),
        new(typeof(DeploymentEnded), "lists-deployment-ended"),
        new(typeof(ProjectApproved), "agreements-project-approved"),
        new(typeof(ProjectApproved), "teams-project-approved"),
        new(typeof(ProjectCompleted), "teams-project-completed"),
        new(typeof(ProjectCancelled), "teams-project-cancelled"),
        .. DirectorySubscriptions.For("lists"),
        .. DirectorySubscriptions.For("agreements"),
        .. DirectorySubscriptions.For("teams"),
        .. DirectorySubscriptions.For("identity"),
        .. DirectorySubscriptions.For("notifications"),
        .. NotificationSubscriptions,
        .. WebhookSubscriptions,
    ];

    /// <summary>Notifications' webhook fan-out: one queue receiving every event type but people's accounts, which no region is sent.</summary>
    public static IEnumerable<EventSubscription> WebhookSubscriptions =>
        typeof(IIntegrationEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t) && t != typeof(PersonChanged))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new EventSubscription(t, "notifications-webhooks"));

    /// <summary>The Notifications service's queues: people from Identity and the events that tell someone to act.</summary>
    private static IEnumerable<EventSubscription> NotificationSubscriptions =>
    [
        new(typeof(PersonChanged), "notifications-person-changed"),
        new(typeof(ProblemRaised), "notifications-problem-raised"),
        new(typeof(ProblemAccepted), "notifications-problem-accepted"),
        new(typeof(ProblemTransferred), "notifications-problem-transferred"),
        new(typeof(ProblemUrged), "notifications-problem-urged"),
        new(typeof(ProblemResolved), "notifications-problem-resolved"),
        new(typeof(ProblemRejected), "notifications-problem-rejected"),
        new(typeof(ProblemReopened), "notifications-problem-reopened"),
        new(typeof(ProblemClosed), "notifications-problem-closed"),
        new(typeof(ProblemEscalated), "notifications-problem-escalated"),
        new(typeof(ProjectSubmitted), "notifications-project-submitted"),
    ];
}
