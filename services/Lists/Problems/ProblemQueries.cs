using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Corridor.Lists.Problems.Queries;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>The problem reads behind the query use cases.</summary>
internal static class ProblemQueries
{
    public static async Task<Problem> GetAsync(ListsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Problems.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException("Problem", id.ToString());

    /// <summary>The page <paramref name="filter"/> asks for; its validator has accepted it.</summary>
    public static async Task<ProblemPage> ListAsync(ListsDbContext db, ListProblems filter, DateOnly today, CancellationToken cancellationToken)
    {
        var after = ListFilter.Cursor(filter.Cursor, nameof(filter.Cursor));
        var limit = filter.Limit ?? ListFilter.DefaultLimit;

        var query = db.Problems.AsNoTracking();
        if (filter.Region is { } region)
        {
            query = query.Where(p => p.HandlingRegionCode == region || p.RaisedByRegionCode == region);
        }

        if (filter.Organ is { } organ)
        {
            query = query.Where(p => p.RaisedByOrganId == organ || p.ResponsibleOrganId == organ);
        }

        if (filter.Category is { } category)
        {
            var value = Enum.Parse<ProblemCategory>(category);
            query = query.Where(p => p.Category == value);
        }

        if (filter.Status is { } status)
        {
            var value = Enum.Parse<ProblemStatus>(status);
            query = query.Where(p => p.Status == value);
        }

        if (filter.Severity is { } severity)
        {
            var value = Enum.Parse<ProblemSeverity>(severity);
            query = query.Where(p => p.Severity == value);
        }

        if (filter.Overdue is { } overdue)
        {
            query = overdue ? query.Where(Overdue(today)) : query.Where(p => !(p.DueDate < today && Problem.HandlingStatuses.Contains(p.Status)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim();
            query = query.WhereContains(db.Database, text, p => p.Title, p => p.Description);
        }

        var rows = await query
            .PageAfter(p => p.CreatedAt, p => p.Id, after, limit)
            .Select(p => new { p.Id, p.Title, p.Category, p.Severity, p.Status, p.RaisedByOrganId, p.RaisedByRegionCode, p.HandlingRegionCode, p.ResponsibleOrganId, p.DueDate, p.DuplicateOfId, p.CreatedAt, p.EscalatedAt, p.Version })
            .ToListAsync(cancellationToken);

        var page = KeysetPaging.Cut(rows, limit, p => new PageCursor(p.CreatedAt, p.Id), p => new ProblemSummary(
            p.Id, p.Title, p.Category.ToString(), p.Severity.ToString(), p.Status.ToString(), p.RaisedByOrganId, p.RaisedByRegionCode, p.HandlingRegionCode,
            p.ResponsibleOrganId, p.DueDate, p.DueDate < today && Problem.HandlingStatuses.Contains(p.Status), p.DuplicateOfId, p.CreatedAt, p.EscalatedAt, p.Version));
        return new ProblemPage(await page.Items.NamedAsync(db, cancellationToken), page.NextCursor);
    }

    /// <summary>Escalated problems still being handled: a coordinator sees their region's, the secretariat all.</summary>
    public static async Task<IReadOnlyList<ProblemSummary>> EscalatedAsync(ListsDbContext db, CallerIdentity caller, DateOnly today, CancellationToken cancellationToken)
    {
        var query = db.Problems.AsNoTracking().Where(p => p.EscalatedAt != null && Problem.HandlingStatuses.Contains(p.Status));
        if (!caller.IsSecretariat)
        {
            query = query.Where(p => p.HandlingRegionCode == caller.Region);
        }

        var rows = await query.OrderBy(p => p.EscalatedAt).ThenBy(p => p.Id).Take(ListFilter.MaxLimit)
            .Select(p => new { p.Id, p.Title, p.Category, p.Severity, p.Status, p.RaisedByOrganId, p.RaisedByRegionCode, p.HandlingRegionCode, p.ResponsibleOrganId, p.DueDate, p.DuplicateOfId, p.CreatedAt, p.EscalatedAt, p.Version })
            .ToListAsync(cancellationToken);
        return await rows.Select(p => new ProblemSummary(
            p.Id, p.Title, p.Category.ToString(), p.Severity.ToString(), p.Status.ToString(), p.RaisedByOrganId, p.RaisedByRegionCode, p.HandlingRegionCode,
            p.ResponsibleOrganId, p.DueDate, p.DueDate < today, p.DuplicateOfId, p.CreatedAt, p.EscalatedAt, p.Version)).ToArray().NamedAsync(db, cancellationToken);
    }

    public static System.Linq.Expressions.Expression<Func<Problem, bool>> Overdue(DateOnly today) =>
        p => p.DueDate < today && Problem.HandlingStatuses.Contains(p.Status);
}
