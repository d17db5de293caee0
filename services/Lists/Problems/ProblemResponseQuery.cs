using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>
/// A problem read as <see cref="ProblemResponse"/> shows it, without loading the aggregate: its history (which grows
/// with every transition and has an endpoint of its own) is not read, and a collection is read only when the problem has
/// one — most have none, and each collection is a statement of its own. The queries are compiled once: building and
/// translating their expression trees on every request cost more than running them.
/// </summary>
internal static class ProblemResponseQuery
{
    public static async Task<ProblemResponse> GetAsync(ListsDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var q = CompiledPerModel<Compiled>.For(db);
        var p = await q.Row(db, id, cancellationToken) ?? throw new NotFoundException("Problem", id.ToString());

        // Ordered here, not in SQL, so the order is the ordinal one on every provider (as ProblemResponse.From orders).
        CoResponsibleOrganResponse[] organs = p.HasOrgans
            ? (await q.Organs(db, id).ToListAsync(cancellationToken)).OrderBy(c => c.OrganId, StringComparer.Ordinal).ToArray()
            : [];
        ProgressReportResponse[] reports = p.HasReports
            ? (await q.Reports(db, id).ToListAsync(cancellationToken)).OrderBy(r => r.At).ThenBy(r => r.Id)
                .Select(r => new ProgressReportResponse(r.Text, r.SupportNeeded, r.ByOrganId, r.By, r.At)).ToArray()
            : [];
        UrgingResponse[] urgings = p.HasUrgings
            ? (await q.Urgings(db, id).ToListAsync(cancellationToken)).OrderBy(u => u.At).ThenBy(u => u.Id)
                .Select(u => new UrgingResponse(u.By, u.ByOrganId, u.ByRegionCode, u.At, u.Note)).ToArray()
            : [];

        var daysOverdue = Problem.DaysOverdue(p.DueDate, p.Status, today);
        return await new ProblemResponse(
            p.Id, p.Title, p.Description, p.Category.ToString(), p.Severity.ToString(), p.Status.ToString(), p.RaisedByOrganId, p.RaisedByRegionCode,
            p.EnterpriseCreditCode, p.ExternalReference, p.HandlingRegionCode, p.ResponsibleOrganId, p.ResponsibleRegionCode, organs, p.DueDate,
            daysOverdue > 0, daysOverdue, p.TransferredToOrganId, p.Resolution, p.Satisfaction, p.RejectionReason, p.DuplicateOfId, reports, urgings,
            p.CreatedAt, p.UpdatedAt, p.ResolvedAt, p.ClosedAt, p.EscalatedAt, p.Version).NamedAsync(db, cancellationToken);
    }

    private sealed class Compiled
    {
        public readonly Func<ListsDbContext, Guid, CancellationToken, Task<ProblemRow?>> Row = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id, CancellationToken _) => db.Problems.AsNoTracking().Where(p => p.Id == id).Select(p => new ProblemRow(
                p.Id, p.Title, p.Description, p.Category, p.Severity, p.Status, p.RaisedByOrganId, p.RaisedByRegionCode, p.EnterpriseCreditCode,
                p.ExternalReference, p.HandlingRegionCode, p.ResponsibleOrganId, p.ResponsibleRegionCode, p.DueDate, p.TransferredToOrganId, p.Resolution,
                p.Satisfaction, p.RejectionReason, p.DuplicateOfId, p.CreatedAt, p.UpdatedAt, p.ResolvedAt, p.ClosedAt, p.EscalatedAt, p.Version,
                p.CoResponsibleOrgans.Any(), p.ProgressReports.Any(), p.Urgings.Any()))
                .SingleOrDefault());

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<CoResponsibleOrganResponse>> Organs = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Problems.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.CoResponsibleOrgans)
                .Select(c => new CoResponsibleOrganResponse(c.OrganId, c.RegionCode, null)));

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<ReportRow>> Reports = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Problems.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.ProgressReports)
                .Select(r => new ReportRow(r.Id, r.Text, r.SupportNeeded, r.ByOrganId, r.By, r.At)));

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<UrgingRow>> Urgings = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Problems.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Urgings)
                .Select(u => new UrgingRow(u.Id, u.By, u.ByOrganId, u.ByRegionCode, u.At, u.Note)));
    }

    private sealed record ProblemRow(
        Guid Id, string Title, string Description, ProblemCategory Category, ProblemSeverity Severity, ProblemStatus Status, string RaisedByOrganId,
        string RaisedByRegionCode, string? EnterpriseCreditCode, string? ExternalReference, string HandlingRegionCode, string? ResponsibleOrganId,
        string? ResponsibleRegionCode, DateOnly? DueDate, string? TransferredToOrganId, string? Resolution, int? Satisfaction, string? RejectionReason,
        Guid? DuplicateOfId, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ResolvedAt, DateTime? ClosedAt, DateTime? EscalatedAt, long Version,
        bool HasOrgans, bool HasReports, bool HasUrgings);

    private sealed record ReportRow(long Id, string Text, string? SupportNeeded, string ByOrganId, string By, DateTime At);

    private sealed record UrgingRow(long Id, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note);
}
