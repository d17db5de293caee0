using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Identity.Infrastructure;

namespace Corridor.Identity.People.Store;

/// <summary>
/// Puts <see cref="PersonChanged"/> into the outbox of the save that stores the change, so the record and its event
/// commit together. <see cref="Person"/> is ASP.NET Core Identity's user, not an aggregate raising events, so the row is
/// added here rather than by the base context.
/// </summary>
internal static class PersonChanges
{
    public static void AddPersonChanged(this IdentityDbContext db, Person person, IEnumerable<string> roles, DateTime occurredAt) =>
        db.OutboxMessages.Add(OutboxMessage.From(Of(person, roles, occurredAt)));

    public static PersonChanged Of(Person person, IEnumerable<string> roles, DateTime occurredAt) => new(
        person.Id,
        person.UserName!,
        person.DisplayName,
        person.OrganId,
        person.RegionCode,
        [.. roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        person.Email,
        Active: !person.LockedByManager,
        person.Version,
        occurredAt);
}
