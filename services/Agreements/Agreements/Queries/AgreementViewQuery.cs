using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>
/// An agreement read as <see cref="AgreementView"/> shows it, without loading the aggregate: its transition history
/// (which grows with every change and has an endpoint of its own) is not read, and a collection is read only when the
/// agreement has one. The queries are compiled once: building and translating their expression trees on every request
/// cost more than running them.
/// </summary>
internal static class AgreementViewQuery
{
    public static async Task<AgreementView> GetAsync(AgreementsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var q = CompiledPerModel<Compiled>.For(db);
        var a = await q.Row(db, id, cancellationToken) ?? throw new NotFoundException("Agreement", id.ToString());
        List<AgreementParty> parties = a.HasParties ? await q.Parties(db, id).ToListAsync(cancellationToken) : [];
        List<AreaPlan> plans = a.HasPlans ? await q.Plans(db, id).ToListAsync(cancellationToken) : [];

        // Ordered here, not in SQL, by the same rules as AgreementResponse.From (the same order on every provider).
        var amendments = a.HasAmendments
            ? (await q.Amendments(db, id).ToListAsync(cancellationToken)).OrderBy(m => m.Number).ToArray()
            : [];
        var response = new AgreementResponse(
            a.Id, a.Kind.ToString(), a.Title, a.Witness, a.Status.ToString(), a.TermStart, a.TermEnd,
            DocumentResponse.From(a.DocumentSha256, a.DocumentLocation),
            parties.OrderBy(p => p.OrganId, StringComparer.Ordinal).Select(p => new AgreementPartyResponse(p.OrganId, p.OrganName, p.RegionCode, p.SignedAt, p.Signatory)).ToArray(),
            plans.OrderBy(p => p.Year).ThenBy(p => p.Area).Select(p => new AreaPlanResponse(p.Year, p.Area.ToString(), p.Planned, p.Goal)).ToArray(),
            a.CreatedAt, a.UpdatedAt, a.ProposedAt, a.ActivatedAt, a.SuspendedAt, a.SuspensionReason, a.EndedAt, a.TerminationReason,
            DocumentResponse.From(a.TerminationDocumentSha256, a.TerminationDocumentLocation),
            amendments.FirstOrDefault(m => m.Status == AmendmentStatus.PendingSignatures) is { } pending ? AmendmentResponse.From(pending) : null,
            amendments.Length, a.DraftingRegionCode, a.ExternalReference, a.Version);
        return new AgreementView(response, amendments.Select(AmendmentResponse.From).ToArray());
    }

    private sealed class Compiled
    {
        public readonly Func<AgreementsDbContext, Guid, CancellationToken, Task<AgreementRow?>> Row = EF.CompileAsyncQuery(
        (AgreementsDbContext db, Guid id, CancellationToken _) => db.Agreements.AsNoTracking().Where(a => a.Id == id).Select(a => new AgreementRow(
            a.Id, a.Kind, a.Title, a.Witness, a.Status, a.TermStart, a.TermEnd, a.DocumentSha256, a.DocumentLocation, a.CreatedAt, a.UpdatedAt,
            a.ProposedAt, a.ActivatedAt, a.SuspendedAt, a.SuspensionReason, a.EndedAt, a.TerminationReason, a.TerminationDocumentSha256,
            a.TerminationDocumentLocation, a.DraftingRegionCode, a.ExternalReference, a.Version,
            a.Parties.Any(), a.Plans.Any(), a.Amendments.Any()))
            .SingleOrDefault());

        public readonly Func<AgreementsDbContext, Guid, IAsyncEnumerable<AgreementParty>> Parties = EF.CompileAsyncQuery(
        (AgreementsDbContext db, Guid id) => db.Agreements.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Parties));

        public readonly Func<AgreementsDbContext, Guid, IAsyncEnumerable<AreaPlan>> Plans = EF.CompileAsyncQuery(
        (AgreementsDbContext db, Guid id) => db.Agreements.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Plans));

        // An amendment's signatures load with it (owned by it): one statement.
        public readonly Func<AgreementsDbContext, Guid, IAsyncEnumerable<Amendment>> Amendments = EF.CompileAsyncQuery(
        (AgreementsDbContext db, Guid id) => db.Agreements.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Amendments));
    }

    private sealed record AgreementRow(
        Guid Id, AgreementKind Kind, string Title, string? Witness, AgreementStatus Status, DateOnly TermStart, DateOnly? TermEnd,
        string? DocumentSha256, string? DocumentLocation, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ProposedAt, DateTime? ActivatedAt,
        DateTime? SuspendedAt, string? SuspensionReason, DateTime? EndedAt, string? TerminationReason, string? TerminationDocumentSha256,
        string? TerminationDocumentLocation, string? DraftingRegionCode, string? ExternalReference, long Version,
        bool HasParties, bool HasPlans, bool HasAmendments);
}
