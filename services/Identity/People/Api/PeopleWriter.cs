using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Events;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Corridor.Identity.People.Api;

/// <summary>
/// Loads a person for a change by a manager (found, the caller's version current, the caller allowed to manage them)
/// and saves the change in one transaction with a new version; Identity's concurrency stamp catches a lost race.
/// </summary>
internal sealed class PeopleWriter(
    IdentityDbContext db, UserManager<Person> people, CallerIdentity caller, ManagedRegion managed, IOpenIddictTokenManager tokens, TimeProvider time)
{
    public UserManager<Person> People => people;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The person to change, when the caller manages them and <paramref name="precondition"/> holds (pass <c>Required</c> where it must be given).</summary>
    public async Task<(Person Person, IList<string> Roles)> LoadForChangeAsync(Guid id, VersionPrecondition precondition, CancellationToken cancellationToken)
    {
        var person = await people.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("Person", id.ToString());
        var roles = await people.GetRolesAsync(person);
        await managed.EnsureAsync(person.RegionCode, cancellationToken);
        PeopleAuthority.EnsureAbove(caller, roles);
        precondition.Check(person.Version);
        return (person, roles);
    }

    /// <summary>
    /// Runs <paramref name="change"/> (Identity calls that save), the version bump and <see cref="PersonChanged"/> in one
    /// transaction; the event rides on the save of the new version.
    /// </summary>
    public Task<PersonResponse> SaveAsync(Person person, Func<Task> change, CancellationToken cancellationToken) =>
        SaveAsync(person, change, publish: true, cancellationToken);

    /// <summary>As <see cref="SaveAsync(Person, Func{Task}, CancellationToken)"/> for a password reset, which changes nothing a reader of the person keeps: no event.</summary>
    public Task<PersonResponse> SaveWithoutEventAsync(Person person, Func<Task> change, CancellationToken cancellationToken) =>
        SaveAsync(person, change, publish: false, cancellationToken);

    private async Task<PersonResponse> SaveAsync(Person person, Func<Task> change, bool publish, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await change();
        person.Version++;
        var roles = await people.GetRolesAsync(person);
        if (publish)
        {
            // UserManager saves through this same context, so its save of the person carries the outbox row.
            db.AddPersonChanged(person, roles, Now.UtcDateTime);
        }

        PeopleResults.ThrowIfFailed(await people.UpdateAsync(person));
        await transaction.CommitAsync(cancellationToken);
        return PersonResponse.Of(person, roles, Now);
    }

    /// <summary>Ends the person's refresh tokens and codes; their access tokens run out within their lifetime.</summary>
    public Task RevokeSessionsAsync(Person person, CancellationToken cancellationToken) =>
        tokens.RevokeBySubjectAsync(person.UserName!, cancellationToken).AsTask();
}
