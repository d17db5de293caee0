using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;

namespace Corridor.Identity.People.Api;

/// <summary>A manager ends a person's lock, whether set through the API or after repeated failed sign-ins, and clears the failures.</summary>
public sealed record UnlockPerson(Guid Id, VersionPrecondition Precondition) : IUseCase<PersonResponse>;

internal sealed class UnlockPersonRule(CallerIdentity caller) : PeopleManagerRule<UnlockPerson>(caller);

internal sealed class UnlockPersonHandler(PeopleWriter writer) : IUseCaseHandler<UnlockPerson, PersonResponse>
{
    public async Task<PersonResponse> HandleAsync(UnlockPerson request, CancellationToken cancellationToken)
    {
        var (person, _) = await writer.LoadForChangeAsync(request.Id, request.Precondition, cancellationToken);
        return await writer.SaveAsync(person, async () =>
        {
            person.LockedByManager = false;
            PeopleResults.ThrowIfFailed(await writer.People.SetLockoutEndDateAsync(person, null));
            PeopleResults.ThrowIfFailed(await writer.People.ResetAccessFailedCountAsync(person));
        }, cancellationToken);
    }
}
