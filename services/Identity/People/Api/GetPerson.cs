using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Api;

/// <summary>One person, for a manager of their region.</summary>
public sealed record GetPerson(Guid Id) : IUseCase<PersonResponse>;

internal sealed class GetPersonRule(CallerIdentity caller) : PeopleManagerRule<GetPerson>(caller);

internal sealed class GetPersonHandler(UserManager<Person> people, ManagedRegion managed, TimeProvider time) : IUseCaseHandler<GetPerson, PersonResponse>
{
    public async Task<PersonResponse> HandleAsync(GetPerson request, CancellationToken cancellationToken)
    {
        var person = await people.FindByIdAsync(request.Id.ToString()) ?? throw new NotFoundException("Person", request.Id.ToString());
        await managed.EnsureAsync(person.RegionCode, cancellationToken);
        return PersonResponse.Of(person, await people.GetRolesAsync(person), time.GetUtcNow());
    }
}
