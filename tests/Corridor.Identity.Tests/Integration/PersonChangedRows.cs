using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.Tests.Integration;

/// <summary>The <see cref="PersonChanged"/> events in Identity's outbox, read back as the dispatcher reads them, in outbox order.</summary>
internal static class PersonChangedRows
{
    private static readonly string TypeName = IntegrationEventTypes.NameOf(typeof(PersonChanged));

    public static Task<List<PersonChanged>> AllAsync(IdentityHost identity) =>
        identity.Host.QueryAsync<IdentityDbContext, List<PersonChanged>>(async db =>
            (await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == TypeName).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => (PersonChanged)IntegrationEventTypes.Deserialize(m.MessageType, m.Payload).Message)
            .ToList());

    public static async Task<List<PersonChanged>> OfAsync(IdentityHost identity, Guid personId) =>
        (await AllAsync(identity)).Where(e => e.PersonId == personId).ToList();
}
