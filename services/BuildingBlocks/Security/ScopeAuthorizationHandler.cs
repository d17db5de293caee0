using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// A token's scopes bound what it can do, whoever its subject is: a person signed in through the console and a
/// sync client alike need "{prefix}.read" to read and "{prefix}.write" to write (<see cref="ScopeRules"/>).
/// Roles and tenancy then narrow it further; they never make up for a missing scope.
/// </summary>
public sealed class ScopeAuthorizationHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        // Without the request the kind of access is unknown; the caller then gets nothing.
        if (context.Resource is not HttpContext http)
        {
            context.Fail(new ScopeMissing(this, $"{requirement.Prefix}.{ScopeRules.Write}"));
            return Task.CompletedTask;
        }

        // No endpoint matched: nothing here to read or write, and the caller is answered 404 (the gateway has no scope of its own).
        if (http.GetEndpoint() is null)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var scope = ScopeRules.Required(requirement.Prefix, http.GetEndpoint(), http.Request.Method);
        if (CallerIdentity.From(context.User).Scopes.Contains(scope))
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
