using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Problems.Raising;
using Corridor.Lists.Problems.Supervision;
using Corridor.Lists.Submissions.Batches;

namespace Corridor.Lists.Problems;

/// <summary>Only organs of member regions raise problems (one at a time, by reference, in batches or sheets) and urge them.</summary>
internal static class ProblemMembership
{
    public const string Code = "problem.not-a-member";
    public const string Raising = "Only an organ of a corridor member region can raise a problem.";
    public const string Urging = "Only members of the conference can urge a problem.";
}

internal sealed class RaiseProblemMemberRule(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock)
    : MemberRegionRule<RaiseProblem>(caller, directory, clock, ProblemMembership.Code, ProblemMembership.Raising);

internal sealed class UpsertProblemMemberRule(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock)
    : MemberRegionRule<UpsertProblem>(caller, directory, clock, ProblemMembership.Code, ProblemMembership.Raising);

internal sealed class SubmitProblemBatchMemberRule(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock)
    : MemberRegionRule<SubmitProblemBatch>(caller, directory, clock, ProblemMembership.Code, ProblemMembership.Raising);

internal sealed class ImportProblemsMemberRule(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock)
    : MemberRegionRule<ImportProblems>(caller, directory, clock, ProblemMembership.Code, ProblemMembership.Raising);

internal sealed class UrgeProblemMemberRule(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock)
    : MemberRegionRule<UrgeProblem>(caller, directory, clock, ProblemMembership.Code, ProblemMembership.Urging);
