using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>A use case only callers holding one of <paramref name="roles"/> may run (coordinators, the secretariat).</summary>
public abstract class RoleRule<TRequest>(CallerIdentity caller, params string[] roles) : IAuthorizationRule<TRequest>
{
    public IReadOnlyList<string> Roles => roles;

    public ValueTask CheckAsync(TRequest request, CancellationToken cancellationToken)
    {
        if (!roles.Any(caller.HasRole))
        {
            // The same words as the HTTP policy refusal (CorridorAuthorizationResultHandler), so callers see one refusal.
            throw new ForbiddenException(
                CorridorAuthorizationResultHandler.RoleMissing, $"This call requires one of the roles: {string.Join(", ", roles)}.");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Coordinators (in their own region's reviews) and the secretariat.</summary>
public abstract class ReviewerRule<TRequest>(CallerIdentity caller)
    : RoleRule<TRequest>(caller, CorridorRoles.Coordinator, CorridorRoles.Secretariat);

/// <summary>The conference secretariat only.</summary>
public abstract class SecretariatRule<TRequest>(CallerIdentity caller) : RoleRule<TRequest>(caller, CorridorRoles.Secretariat);
