using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Teams.Teams.Members;

/// <summary>A member as the owning region sees them after a change, and the team's new version (the ETag).</summary>
public sealed record MemberChanged(MemberResponse Member, long Version) : IVersionedView;

/// <summary>The roster as the caller may see it, and the team's version (the ETag).</summary>
public sealed record TeamRoster(IReadOnlyList<MemberResponse> Members, long Version) : IVersionedView;
