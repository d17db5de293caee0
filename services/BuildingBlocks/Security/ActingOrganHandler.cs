using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// Checks the organ a request acts for (<see cref="ActingOrgan.Header"/>): a sync client may name any active organ
/// the directory places in the client's region; anyone may name their own organ. The checked organ then becomes the
/// caller's organ for the whole request (<see cref="CallerIdentity"/>).
/// </summary>
public sealed class ActingOrganHandler : AuthorizationHandler<ActingOrganRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActingOrganRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var named = http.Request.Headers[ActingOrgan.Header].ToString().Trim();
        var caller = CallerIdentity.From(context.User);
        if (named.Length == 0 || named == caller.Organ)
        {
            context.Succeed(requirement);
            return;
        }

        if (!caller.HasRole(CorridorRoles.SyncClient))
        {
            Refuse(context, ActingOrganRefused.NotAllowed, $"Only a region's sync client acts for another organ; {caller.Subject} acts for its own organ {caller.Organ}.");
            return;
        }

        if (http.RequestServices.GetService<IOrganDirectory>() is not { } directory)
        {
            Refuse(context, ActingOrganRefused.Unsupported, $"This service does not take the {ActingOrgan.Header} header.");
            return;
        }

        KnownOrgan? organ;
        try
        {
            organ = (await directory.FindAsync([named], http.RequestAborted)).GetValueOrDefault(named);
        }
        catch (DependencyUnavailableException ex)
        {
            Refuse(context, ActingOrganRefused.DirectoryUnavailable, $"The organ {named} could not be checked: {ex.Message}");
            return;
        }

        if (Refusal(organ, named, caller) is { } refusal)
        {
            Refuse(context, refusal.Code, refusal.Message);
            return;
        }

        http.Items[ActingOrgan.ItemKey] = organ;
        context.Succeed(requirement);
    }

    private static (string Code, string Message)? Refusal(KnownOrgan? organ, string named, CallerIdentity caller) => organ switch
    {
        null => (ActingOrganRefused.UnknownOrgan, $"{ActingOrgan.Header}: the directory knows no organ {named}."),
        { IsRetired: true } => (ActingOrganRefused.RetiredOrgan, $"{ActingOrgan.Header}: organ {named} ({organ.FullName}) is retired."),
        _ when organ.RegionCode != caller.Region =>
            (ActingOrganRefused.OtherRegion, $"{ActingOrgan.Header}: organ {named} ({organ.FullName}) belongs to region {organ.RegionCode}; {caller.Subject} acts for organs of {caller.Region} only."),
        _ => null,
    };

    private void Refuse(AuthorizationHandlerContext context, string code, string message) =>
        context.Fail(new ActingOrganRefused(this, code, message));
}
