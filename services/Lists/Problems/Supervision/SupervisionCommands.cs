using Corridor.BuildingBlocks.Security;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>
/// Each supervision request (already validated) as the domain operation it asks for, so REST and gRPC
/// turn the same request into the same call.
/// </summary>
internal static class SupervisionCommands
{
    public static Action<Problem, DateTime> Accept(AcceptProblemRequest r, CallerIdentity caller) => (p, now) => p.Accept(
        caller,
        r.ResponsibleOrganId!,
        r.ResponsibleRegionCode!,
        (r.CoResponsibleOrgans ?? []).Select(o => new CoResponsibleOrgan(o.OrganId!, o.RegionCode!)).ToArray(),
        r.DueDate!.Value,
        now);

    public static Action<Problem, DateTime> ReportProgress(ProgressRequest r, CallerIdentity caller) =>
        (p, now) => p.ReportProgress(caller, r.Text!, r.SupportNeeded, now);

    public static Action<Problem, DateTime> Resolve(ResolveRequest r, CallerIdentity caller) =>
        (p, now) => p.Resolve(caller, r.Resolution!, now);

    public static Action<Problem, DateTime> Confirm(ConfirmRequest r, CallerIdentity caller) =>
        (p, now) => p.Confirm(caller, r.Satisfaction!.Value, now);

    public static Action<Problem, DateTime> Reopen(ReasonRequest r, CallerIdentity caller) =>
        (p, now) => p.Reopen(caller, r.Reason!, now);

    public static Action<Problem, DateTime> Reject(ReasonRequest r, CallerIdentity caller) =>
        (p, now) => p.Reject(caller, r.Reason!, now);

    public static Action<Problem, DateTime> Transfer(TransferRequest r, CallerIdentity caller) =>
        (p, now) => p.Transfer(caller, r.ToOrganId!, r.ToRegionCode!, r.Reason, now);

    public static Action<Problem, DateTime> Urge(UrgeRequest r, CallerIdentity caller) =>
        (p, now) => p.Urge(caller, r.Note, now);
}
