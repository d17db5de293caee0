using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Security;

public sealed class ScopeAuthorizationHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var caller = CallerIdentity.From(context.User);
        if (!caller.HasRole(CorridorRoles.SyncClient))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        // Without the request the kind of access is unknown; a sync client then gets nothing.
        if (context.Resource is not HttpContext http)
        {
            context.Fail(new ScopeMissing(this, $"{requirement.Prefix}.{ScopeRules.Write}"));
            return Task.CompletedTask;
        }

        var scope = ScopeRules.Required(requirement.Prefix, http.GetEndpoint(), http.Request.Method);
        if (caller.Scopes.Contains(scope))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new ScopeMissing(this, scope));
        }

        return Task.CompletedTask;
    }
}
