using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Members;

/// <summary>A member leaves the team; <see cref="LeftOn"/> is the first day no longer on it.</summary>
public sealed record RemoveMember(Guid TeamId, Guid MemberId, VersionPrecondition Precondition, DateOnly? LeftOn, string? Reason) : IUseCase<MemberChanged>;

internal sealed class RemoveMemberValidator : AbstractValidator<RemoveMember>
{
    public RemoveMemberValidator()
    {
        RuleFor(r => r.LeftOn).NotNull();
        RuleFor(r => r.Reason).MaximumLength(Team.MaxText);
    }
}

internal sealed class RemoveMemberHandler(TeamWriter teams, IOrganDirectory directory, CallerIdentity caller) : IUseCaseHandler<RemoveMember, MemberChanged>
{
    public async Task<MemberChanged> HandleAsync(RemoveMember request, CancellationToken cancellationToken)
    {
        TeamMember? member = null;
        var team = await teams.ApplyAsync(
            request.TeamId, request.Precondition, t => member = t.RemoveMember(caller, request.MemberId, request.LeftOn!.Value, request.Reason, teams.Now), cancellationToken);
        var view = MemberResponse.Of(member!, owner: true);
        return new MemberChanged(view.Named(await directory.NamesAsync([view.OrganId], cancellationToken)), team.Version);
    }
}
