using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Organs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Contacts;

/// <summary>Removes a contact: the row is deleted, the person's data is not kept.</summary>
public sealed record RemoveContact(string OrganId, Guid ContactId) : IUseCase<ContactResponse>;

internal sealed class RemoveContactAuthorization(CallerIdentity caller) : ReviewerRule<RemoveContact>(caller);

internal sealed class RemoveContactHandler(DirectoryDbContext db, OrganWriters writers) : IUseCaseHandler<RemoveContact, ContactResponse>
{
    public async Task<ContactResponse> HandleAsync(RemoveContact request, CancellationToken cancellationToken)
    {
        var organ = await OrganReads.GetAsync(db, request.OrganId, cancellationToken);
        writers.EnsureMayWrite(organ.RegionCode);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == request.ContactId && c.OrganId == organ.OrganId, cancellationToken)
            ?? throw new NotFoundException(nameof(Contact), request.ContactId.ToString());
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.Of(contact, seesPhone: true);
    }
}
