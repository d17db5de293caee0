using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Matching;

/// <summary>
/// A proposal to meet a problem with a resource, between the organ that raised the problem and the organ
/// that offers the resource. Proposing counts as the proposer's acceptance; when the other side accepts too,
/// the match becomes a commitment and reserves the resource in the same transaction.
/// </summary>
public sealed class Match : AggregateRoot
{
    public const int MaxReason = 1000;

    private static readonly ProblemStatus[] FinalProblem = [ProblemStatus.Closed, ProblemStatus.Rejected, ProblemStatus.Duplicate];

    private Match()
    {
    }

    public Guid ProblemId { get; private set; }

    public Guid ResourceId { get; private set; }

    public string RaisingOrganId { get; private set; } = "";

    public string RaisingRegionCode { get; private set; } = "";

    public string OfferingOrganId { get; private set; } = "";

    public string OfferingRegionCode { get; private set; } = "";

    public string ProposedByOrganId { get; private set; } = "";

    public MatchStatus Status { get; private set; }

    public DateTime? RaiserAcceptedAt { get; private set; }

    public DateTime? OffererAcceptedAt { get; private set; }

    public string? DeclinedByOrganId { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? CommittedAt { get; private set; }

    public string? ReleasedByOrganId { get; private set; }

    public string? ReleaseReason { get; private set; }

    public DateTime? ReleasedAt { get; private set; }

    public static Match Propose(Problem problem, Resource resource, CallerIdentity caller, DateTime now)
    {
        var match = new Match
        {
            ProblemId = problem.Id,
            ResourceId = resource.Id,
            RaisingOrganId = problem.RaisedByOrganId,
            RaisingRegionCode = problem.RaisedByRegionCode,
            OfferingOrganId = resource.OrganId,
            OfferingRegionCode = resource.RegionCode,
            ProposedByOrganId = caller.Organ,
            Status = MatchStatus.Proposed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        match.EnsureParty(caller, "propose");
        EnsureOpen(problem, resource);
        match.Take(caller, now);
        var version = match.NextVersion();
        match.Raise(new MatchProposed(match.Id, match.ProblemId, match.ResourceId, match.RaisingOrganId, match.OfferingOrganId, caller.Organ, version, now));
        match.CommitIfAgreed(resource, version, now);
        return match;
    }

    /// <summary>The other side agrees; once both sides have, the resource is reserved for the problem.</summary>
    public void Accept(Problem problem, Resource resource, CallerIdentity caller, DateTime now)
    {
        EnsureSame(problem, resource);
        EnsureParty(caller, "accept");
        EnsureProposed("accepted");
        if ((!IsRaiser(caller) || RaiserAcceptedAt is not null) && (!IsOfferer(caller) || OffererAcceptedAt is not null))
        {
            throw new DomainRuleException("match.already-accepted", "Your side has already accepted this match; it waits for the other side.");
        }

        EnsureOpen(problem, resource);
        Take(caller, now);
        UpdatedAt = now;
        var version = NextVersion();
        Raise(new MatchAccepted(Id, ProblemId, ResourceId, RaisingOrganId, OfferingOrganId, caller.Organ, version, now));
        CommitIfAgreed(resource, version, now);
    }

    public void Decline(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureParty(caller, "decline");
        EnsureProposed("declined");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("match.reason-required", "Say why the match is declined.");
        }

        Status = MatchStatus.Declined;
        DeclinedByOrganId = caller.Organ;
        DeclineReason = reason.Trim();
        UpdatedAt = now;
        Raise(new MatchDeclined(Id, ProblemId, ResourceId, RaisingOrganId, OfferingOrganId, caller.Organ, DeclineReason, NextVersion(), now));
    }

    /// <summary>
    /// Either side lets a commitment go. The resource becomes available again only if this commitment still
    /// holds it: an owner may have withdrawn or exhausted it meanwhile, and that stays as it is.
    /// </summary>
    public void Release(Resource resource, CallerIdentity caller, string reason, DateTime now)
    {
        EnsureSame(resource);
        EnsureParty(caller, "release");
        if (Status != MatchStatus.Committed)
        {
            throw new DomainRuleException("match.illegal-transition", $"Only a committed match can be released; this match is {Status.ToString().ToLowerInvariant()}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("match.reason-required", "Say why the commitment is released.");
        }

        if (resource.Status == ResourceStatus.Reserved && resource.ReservedBy == Id)
        {
            resource.Release(Id, now);
        }

        Status = MatchStatus.Released;
        ReleasedByOrganId = caller.Organ;
        ReleaseReason = reason.Trim();
        ReleasedAt = now;
        UpdatedAt = now;
        Raise(new CommitmentReleased(Id, ProblemId, ResourceId, caller.Organ, ReleaseReason, NextVersion(), now));
    }

    private static void EnsureOpen(Problem problem, Resource resource)
    {
        if (FinalProblem.Contains(problem.Status))
        {
            throw new DomainRuleException("match.problem-final", $"A {problem.Status.ToString().ToLowerInvariant()} problem cannot be matched.");
        }

        if (resource.Status != ResourceStatus.Available)
        {
            throw new DomainRuleException("match.resource-unavailable", $"Only an available resource can be matched; the resource is {resource.Status}.");
        }
    }

    private void CommitIfAgreed(Resource resource, long version, DateTime now)
    {
        if (RaiserAcceptedAt is null || OffererAcceptedAt is null)
        {
            return;
        }

        resource.Reserve(Id, now);
        Status = MatchStatus.Committed;
        CommittedAt = now;
        Raise(new CommitmentMade(Id, ProblemId, ResourceId, RaisingOrganId, OfferingOrganId, version, now));
    }

    /// <summary>Records the caller's acceptance for every side it is (an organ may both raise and offer).</summary>
    private void Take(CallerIdentity caller, DateTime now)
    {
        if (IsRaiser(caller))
        {
            RaiserAcceptedAt ??= now;
        }

        if (IsOfferer(caller))
        {
            OffererAcceptedAt ??= now;
        }
    }

    private bool IsRaiser(CallerIdentity caller) => caller.Organ == RaisingOrganId && caller.Region == RaisingRegionCode;

    private bool IsOfferer(CallerIdentity caller) => caller.Organ == OfferingOrganId && caller.Region == OfferingRegionCode;

    private void EnsureParty(CallerIdentity caller, string action)
    {
        if (!IsRaiser(caller) && !IsOfferer(caller))
        {
            throw new ForbiddenException("match.not-a-party", $"Only the organ that raised the problem or the organ that offers the resource can {action} a match.");
        }
    }

    private void EnsureProposed(string what)
    {
        if (Status != MatchStatus.Proposed)
        {
            throw new DomainRuleException("match.illegal-transition", $"A {Status.ToString().ToLowerInvariant()} match cannot be {what}.");
        }
    }

    private void EnsureSame(Problem problem, Resource resource)
    {
        if (problem.Id != ProblemId)
        {
            throw new InvalidOperationException("The match was given another problem than its own.");
        }

        EnsureSame(resource);
    }

    private void EnsureSame(Resource resource)
    {
        if (resource.Id != ResourceId)
        {
            throw new InvalidOperationException("The match was given another resource than its own.");
        }
    }
}
