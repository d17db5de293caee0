using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Organs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Contacts;

/// <summary>An organ's contacts, ordered by role and name; phones masked for callers of other regions.</summary>
public sealed record ListContacts(string OrganId) : IUseCase<IReadOnlyList<ContactResponse>>;

internal sealed class ListContactsHandler(DirectoryDbContext db, OrganWriters writers) : IUseCaseHandler<ListContacts, IReadOnlyList<ContactResponse>>
{
    public async Task<IReadOnlyList<ContactResponse>> HandleAsync(ListContacts request, CancellationToken cancellationToken)
    {
        var organ = await OrganReads.GetAsync(db, request.OrganId, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.OrganId == organ.OrganId).ToListAsync(cancellationToken);
        var seesPhones = writers.SeesPhones(organ.RegionCode);
        return contacts.OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Select(c => ContactResponse.Of(c, seesPhones)).ToArray();
    }
}
