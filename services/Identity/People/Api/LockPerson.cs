using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;

namespace Corridor.Identity.People.Api;

/// <summary>A manager locks a person until unlocked: no sign-in, no new token, their refresh tokens revoked.</summary>
public sealed record LockPerson(Guid Id, VersionPrecondition Precondition) : IUseCase<PersonResponse>;

internal sealed class LockPersonRule(CallerIdentity caller) : PeopleManagerRule<LockPerson>(caller);

internal sealed class LockPersonHandler(PeopleWriter writer, CallerIdentity caller) : IUseCaseHandler<LockPerson, PersonResponse>
{
    public async Task<PersonResponse> HandleAsync(LockPerson request, CancellationToken cancellationToken)
    {
        var (person, _) = await writer.LoadForChangeAsync(request.Id, request.Precondition, cancellationToken);
        if (string.Equals(person.UserName, caller.Subject, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("person.self-lock", "You cannot lock yourself out.");
        }

        var locked = await writer.SaveAsync(person, async () =>
        {
            person.LockedByManager = true;
            PeopleResults.ThrowIfFailed(await writer.People.SetLockoutEnabledAsync(person, true));
            PeopleResults.ThrowIfFailed(await writer.People.SetLockoutEndDateAsync(person, DateTimeOffset.MaxValue));
        }, cancellationToken);
        await writer.RevokeSessionsAsync(person, cancellationToken);
        return locked;
    }
}
