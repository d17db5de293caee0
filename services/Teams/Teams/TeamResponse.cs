using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Teams.Deployments;

namespace Corridor.Teams.Teams;

public sealed record TeamResponse(
    Guid Id,
    string Kind,
    string KindName,
    string Name,
    string OwnerOrganId,
    string RegionCode,
    string Mission,
    string Status,
    DateOnly FormedOn,
    string? ParentPartyOrganisation,
    DateOnly? DissolveBy,
    DateOnly? ActivatedOn,
    DateOnly? StoodDownOn,
    string? StandDownReason,
    LeaderResponse? Leader,
    TeamReadiness Readiness,
    IReadOnlyList<DeploymentResponse> Deployments,
    IReadOnlyList<ProblemCreditResponse> Credits,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    string? ExternalReference,
    long Version,
    string? OwnerOrganName = null) : IVersionedView
{
    /// <summary>The view with the owner's current name in the directory.</summary>
    public TeamResponse Named(OrganNames names) => this with { OwnerOrganName = names.Of(OwnerOrganId) };

    public static TeamResponse From(Team t, DateOnly today) => new(
        t.Id,
        t.Kind.ToString(),
        TeamKindRules.ChineseName(t.Kind),
        t.Name,
        t.OwnerOrganId,
        t.RegionCode,
        t.Mission,
        t.Status.ToString(),
        t.FormedOn,
        t.ParentPartyOrganisation,
        t.DissolveBy,
        t.ActivatedOn,
        t.StoodDownOn,
        t.StandDownReason,
        t.LeaderOn(today) is { } leader ? new LeaderResponse(leader.Id, leader.PersonName, leader.JoinedOn) : null,
        TeamReadiness.Of(t, today),
        t.Deployments.OrderBy(d => d.From).ThenBy(d => d.CreatedAt).Select(DeploymentResponse.Of).ToArray(),
        t.Credits.OrderBy(c => c.At).Select(c => new ProblemCreditResponse(c.ProblemId, c.DeploymentId, c.Note, c.By, c.At)).ToArray(),
        t.RegisteredAt,
        t.UpdatedAt,
        t.ExternalReference,
        t.Version);
}
