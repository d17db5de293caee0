using Corridor.BuildingBlocks.Security;
using Corridor.DirectoryService.Contacts;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Directory.V1;

namespace Corridor.DirectoryService.Grpc;

/// <summary>An organ's contacts over gRPC.</summary>
internal sealed partial class DirectoryGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.ListContactsReply> ListContacts(G.ListContactsRequest request, ServerCallContext context)
    {
        var contacts = await useCases.RunAsync(new ListContacts(request.OrganId), context.CancellationToken);
        var reply = new G.ListContactsReply();
        reply.Contacts.AddRange(contacts.Select(DirectoryReplies.Contact));
        return reply;
    }

    public override async Task<G.ContactReply> AddContact(G.AddContactRequest request, ServerCallContext context) =>
        DirectoryReplies.Contact(await useCases.RunAsync(
            new AddContact(request.OrganId, Optional(request.Role), Optional(request.Name), Optional(request.Phone)), context.CancellationToken));

    public override async Task<G.ContactReply> RemoveContact(G.RemoveContactRequest request, ServerCallContext context) =>
        DirectoryReplies.Contact(await useCases.RunAsync(new RemoveContact(request.OrganId, Id(request.ContactId, "ContactId")), context.CancellationToken));
}
