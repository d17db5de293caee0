using Corridor.Agreements.Activities;
using Corridor.BuildingBlocks.Directory;

namespace Corridor.Agreements.Agreements;

/// <summary>Views with the current names of the organs they show, looked up in one batch per answer (the read model only).</summary>
internal static class AgreementNaming
{
    public static async Task<AgreementResponse> NamedAsync(this IOrganDirectory directory, AgreementResponse view, CancellationToken cancellationToken) =>
        view.Named(await directory.NamesAsync(view.OrganIds(), cancellationToken));

    public static async Task<IReadOnlyList<AgreementResponse>> NamedAsync(
        this IOrganDirectory directory, IReadOnlyList<AgreementResponse> views, CancellationToken cancellationToken)
    {
        var names = await directory.NamesAsync(views.SelectMany(v => v.OrganIds()), cancellationToken);
        return views.Select(v => v.Named(names)).ToArray();
    }

    public static async Task<AgreementView> NamedAsync(this IOrganDirectory directory, AgreementView view, CancellationToken cancellationToken)
    {
        var names = await directory.NamesAsync(view.Response.OrganIds().Concat(view.Amendments.SelectMany(m => m.OrganIds())), cancellationToken);
        return new AgreementView(view.Response.Named(names), view.Amendments.Select(m => m.Named(names)).ToArray());
    }

    public static async Task<IReadOnlyList<AmendmentResponse>> NamedAsync(
        this IOrganDirectory directory, IReadOnlyList<AmendmentResponse> views, CancellationToken cancellationToken)
    {
        var names = await directory.NamesAsync(views.SelectMany(v => v.OrganIds()), cancellationToken);
        return views.Select(v => v.Named(names)).ToArray();
    }

    public static async Task<ActivityResponse> NamedAsync(this IOrganDirectory directory, ActivityResponse view, CancellationToken cancellationToken) =>
        view.Named(await directory.NamesAsync(view.OrganIds(), cancellationToken));

    public static async Task<IReadOnlyList<ActivityResponse>> NamedAsync(
        this IOrganDirectory directory, IReadOnlyList<ActivityResponse> views, CancellationToken cancellationToken)
    {
        var names = await directory.NamesAsync(views.SelectMany(v => v.OrganIds()), cancellationToken);
        return views.Select(v => v.Named(names)).ToArray();
    }
}
