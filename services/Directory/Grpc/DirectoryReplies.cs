using Corridor.DirectoryService.Contacts;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Regions;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Directory.V1;

namespace Corridor.DirectoryService.Grpc;

/// <summary>The directory's views as gRPC replies (absent values as proto3 empty strings).</summary>
internal static class DirectoryReplies
{
    public static G.RegionReply Region(RegionResponse r) => new()
    {
        Code = r.Code,
        Name = r.Name,
        Level = r.Level,
        ParentCode = r.ParentCode ?? "",
        ProvinceCode = r.ProvinceCode,
        IsMember = r.IsMember,
        JoinedOn = Text(r.JoinedOn),
        LeftOn = Text(r.LeftOn),
        Role = r.Role ?? "",
        Version = r.Version,
    };

    public static G.OrganReply Organ(OrganResponse o)
    {
        var reply = new G.OrganReply
        {
            OrganId = o.OrganId,
            IdKind = o.IdKind,
            RegionCode = o.RegionCode,
            RegionName = o.RegionName ?? "",
            FullName = o.FullName,
            ShortName = o.ShortName,
            Level = o.Level,
            Kind = o.Kind,
            ParentOrganId = o.ParentOrganId ?? "",
            Status = o.Status,
            RetiredOn = Text(o.RetiredOn),
            ExternalReference = o.ExternalReference ?? "",
            Version = o.Version,
            RegisteredAt = Text(o.RegisteredAt),
            UpdatedAt = Text(o.UpdatedAt),
        };
        reply.NameHistory.AddRange(o.NameHistory.Select(n => new G.OrganName { FullName = n.FullName, ShortName = n.ShortName, From = Text(n.From), Until = Text(n.Until) }));
        return reply;
    }

    public static G.ContactReply Contact(ContactResponse c) => new()
    {
        ContactId = c.ContactId.ToString(),
        OrganId = c.OrganId,
        Role = c.Role,
        Name = c.Name,
        Phone = c.Phone,
    };
}
