using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Which regions may read the record an event is about, the rule each service applies on its own read paths
/// (docs/domain/notifications.md#webhooks, the tenancy table). Every member reads problems, resources, matches, joint
/// projects (Lists' lists and change feed), agreements and activities, teams and deployments, and the directory; a team's
/// roster only its owning region (teams.md, "Who sees what"); people (Identity) nobody through a webhook. An event type
/// without a rule here throws, so a new event cannot leak by default (a test covers every type of the contracts).
/// </summary>
public sealed class WebhookAudience(NotificationsDbContext db)
{
    public static bool HasRule(Type eventType) => RuleOf(eventType) is not null;

    /// <summary>The event types some region may receive: the kinds an endpoint may ask for.</summary>
    public static IReadOnlyList<string> DeliverableKinds { get; } = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t) && RuleOf(t) != Rule.Nobody)
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public async Task<WebhookReaders> ReadersAsync(IIntegrationEvent message, CancellationToken cancellationToken) =>
        RuleOf(message.GetType()) switch
        {
            Rule.Members => WebhookReaders.Members,
            Rule.Nobody => WebhookReaders.Nobody,
            Rule.TeamOwner => WebhookReaders.Only(await TeamRegionAsync(message.AggregateId, cancellationToken)),
            _ => throw new InvalidOperationException($"No webhook audience rule for {message.GetType().Name}: it is delivered to nobody until one is written."),
        };

    /// <summary>Remembers a team's region from the events that carry it, for the roster events that do not.</summary>
    public async Task NoteTeamRegionAsync(IIntegrationEvent message, CancellationToken cancellationToken)
    {
        var region = message switch
        {
            TeamRegistered e => e.RegionCode,
            TeamRevised e => e.RegionCode,
            TeamActivated e => e.RegionCode,
            TeamStoodDown e => e.RegionCode,
            _ => null,
        };
        if (region is null || await db.Set<WebhookTeamRegion>().AnyAsync(t => t.TeamId == message.AggregateId, cancellationToken))
        {
            return;
        }

        db.Set<WebhookTeamRegion>().Add(new WebhookTeamRegion(message.AggregateId, region));
    }

    private async Task<string> TeamRegionAsync(Guid teamId, CancellationToken cancellationToken) =>
        await db.Set<WebhookTeamRegion>().Where(t => t.TeamId == teamId).Select(t => t.RegionCode).SingleOrDefaultAsync(cancellationToken)
        ?? throw new TeamRegionUnknownException(teamId);

    private static Rule? RuleOf(Type eventType) => eventType.Name switch
    {
        // Lists: problems, resources, matches and joint projects are read by every member (lists and change feed).
        nameof(ProblemRaised) or nameof(ProblemAccepted) or nameof(ProblemRejected) or nameof(ProblemTransferred)
            or nameof(ProblemUrged) or nameof(ProblemProgressReported) or nameof(ProblemResolved) or nameof(ProblemReopened)
            or nameof(ProblemClosed) or nameof(ProblemEscalated) or nameof(ProblemMarkedDuplicate) or nameof(ProblemRetracted) => Rule.Members,
        nameof(ResourceOffered) or nameof(ResourceUpdated) or nameof(ResourceReserved) or nameof(ResourceReleased)
            or nameof(ResourceExhausted) or nameof(ResourceWithdrawn) => Rule.Members,
        nameof(MatchProposed) or nameof(MatchAccepted) or nameof(MatchDeclined) or nameof(CommitmentMade) or nameof(CommitmentReleased) => Rule.Members,
        nameof(ProjectDrafted) or nameof(ProjectRevised) or nameof(ProjectPenHanded) or nameof(ProjectSubmitted)
            or nameof(ProjectApprovalRecorded) or nameof(ProjectApprovalsVoided) or nameof(ProjectChangesRequested) or nameof(ProjectRejected)
            or nameof(ProjectApproved) or nameof(ProjectReviewBlocked) or nameof(ProjectReviewOverdue) or nameof(ProjectExecutionStarted)
            or nameof(ProjectMilestoneProgressed) or nameof(ProjectCompleted) or nameof(ProjectCancelled) => Rule.Members,

        // Agreements: "everyone in the conference reads every agreement", activities with them.
        nameof(AgreementProposed) or nameof(AgreementSigned) or nameof(AgreementActivated) or nameof(AgreementAmended)
            or nameof(AgreementSuspended) or nameof(AgreementResumed) or nameof(AgreementTerminated) or nameof(AgreementExpired)
            or nameof(RenewalDue) or nameof(ActivityRecorded) or nameof(ActivityRevised) => Rule.Members,

        // Teams: every member reads teams and deployments; the roster only its owning region (and people, not systems).
        nameof(TeamRegistered) or nameof(TeamRevised) or nameof(TeamActivated) or nameof(TeamStoodDown)
            or nameof(TeamDeployed) or nameof(DeploymentEnded) => Rule.Members,
        nameof(MemberJoined) or nameof(MemberLeft) => Rule.TeamOwner,

        // Directory: everyone with a valid token reads organs and memberships.
        nameof(OrganRegistered) or nameof(OrganUpdated) or nameof(OrganRenamed) or nameof(OrganRetired) or nameof(OrganReinstated)
            or nameof(RegionJoined) or nameof(RegionLeft) => Rule.Members,

        // Identity: a person's account (e-mail, roles) is nobody's to receive by webhook.
        nameof(PersonChanged) => Rule.Nobody,
        _ => null,
    };

    private enum Rule
    {
        Members,
        TeamOwner,
        Nobody,
    }
}
