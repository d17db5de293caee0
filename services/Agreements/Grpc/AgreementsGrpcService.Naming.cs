using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Replies with the current names of the organs they show, looked up in one batch per reply.</summary>
internal sealed partial class AgreementsGrpcService
{
    private async Task<G.AgreementReply> Reply(Agreement agreement, CancellationToken cancellationToken) =>
        AgreementReplies.Agreement(await directory.NamedAsync(AgreementView.From(agreement), cancellationToken));

    private async Task<G.AgreementReply> Reply(AgreementView view, CancellationToken cancellationToken) =>
        AgreementReplies.Agreement(await directory.NamedAsync(view, cancellationToken));

    private async Task<IEnumerable<G.AgreementReply>> Replies(IEnumerable<Agreement> agreements, CancellationToken cancellationToken)
    {
        var views = agreements.Select(AgreementView.From).ToArray();
        var names = await directory.NamesAsync(
            views.SelectMany(v => v.Response.OrganIds().Concat(v.Amendments.SelectMany(m => m.OrganIds()))), cancellationToken);
        return views.Select(v => AgreementReplies.Agreement(new AgreementView(v.Response.Named(names), v.Amendments.Select(m => m.Named(names)).ToArray())));
    }

    private async Task<G.ActivityReply> Reply(Activity activity, CancellationToken cancellationToken) =>
        AgreementReplies.Activity(await directory.NamedAsync(ActivityResponse.From(activity), cancellationToken));

    private async Task<IEnumerable<G.ActivityReply>> Replies(IEnumerable<Activity> activities, CancellationToken cancellationToken) =>
        (await directory.NamedAsync(activities.Select(ActivityResponse.From).ToArray(), cancellationToken)).Select(AgreementReplies.Activity);
}
