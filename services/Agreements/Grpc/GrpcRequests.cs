using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Grpc;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Proto request parts as the REST body parts the use cases take ("absent" as null), so both are validated alike.</summary>
internal static class GrpcRequests
{
    public static Guid AgreementId(string value) => GrpcArguments.Id(value, "AgreementId");

    public static AgreementRequest Fields(
        string kind,
        string title,
        string witness,
        IEnumerable<G.Party> parties,
        string termStart,
        string termEnd,
        G.DocumentRef? document,
        IEnumerable<G.AreaPlan> plans) =>
        new(
            GrpcArguments.Optional(kind),
            GrpcArguments.Optional(title),
            GrpcArguments.Optional(witness),
            parties.Select(Party).ToArray(),
            GrpcArguments.Date(termStart, "TermStart"),
            GrpcArguments.Date(termEnd, "TermEnd"),
            Document(document),
            plans.Select(Plan).ToArray());

    public static PartyRequest Party(G.Party p) => new(p.OrganId, GrpcArguments.Optional(p.OrganName), GrpcArguments.Optional(p.RegionCode));

    public static DocumentRequest? Document(G.DocumentRef? d) => d is null ? null : new DocumentRequest(d.Sha256, d.Location);

    public static PlanRequest Plan(G.AreaPlan p) => new(p.Year, p.Area, p.Planned, GrpcArguments.Optional(p.Goal));

    public static TermRequest? Term(G.Term? term) =>
        term is null ? null : new TermRequest(GrpcArguments.Date(term.Start, "Term.Start"), GrpcArguments.Date(term.End, "Term.End"));
}
