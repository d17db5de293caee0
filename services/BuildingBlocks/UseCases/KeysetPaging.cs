using System.Linq.Expressions;
using Corridor.BuildingBlocks.Web;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// Keyset paging for list queries ordered by (timestamp, id) with an opaque <see cref="PageCursor"/>: a page continues
/// strictly after the last row of the previous one, so rows inserted meanwhile never shift a page.
/// </summary>
public static class KeysetPaging
{
    /// <summary>The rows after <paramref name="after"/>, in (at, id) order, one more than <paramref name="limit"/> so <see cref="Cut"/> knows whether a next page exists.</summary>
    public static IQueryable<T> PageAfter<T>(
        this IQueryable<T> query, Expression<Func<T, DateTime>> at, Expression<Func<T, Guid>> id, PageCursor? after, int limit)
    {
        if (after is { } cursor)
        {
            query = query.Where(After(at, id, cursor));
        }

        return query.OrderBy(at).ThenBy(id).Take(limit + 1);
    }

    /// <summary>The first <paramref name="limit"/> rows as items, and a cursor after the last of them when more rows were read.</summary>
    /// <param name="scope">Marks the list's tokens (see <see cref="PageCursor"/>); the same scope must decode them.</param>
    public static KeysetPage<TItem> Cut<TRow, TItem>(IReadOnlyList<TRow> rows, int limit, Func<TRow, PageCursor> keyOf, Func<TRow, TItem> item, string scope = "") =>
        new(rows.Take(limit).Select(item).ToArray(), rows.Count > limit ? keyOf(rows[limit - 1]).Encode(scope) : null);

    // row.At > cursor.At || (row.At == cursor.At && row.Id > cursor.Id), over the caller's own member expressions so it translates to SQL.
    private static Expression<Func<T, bool>> After<T>(Expression<Func<T, DateTime>> at, Expression<Func<T, Guid>> id, PageCursor cursor)
    {
        var row = at.Parameters[0];
        var rowAt = at.Body;
        var rowId = new ParameterRebinder(id.Parameters[0], row).Visit(id.Body);
        var values = Expression.Constant(new CursorValues(cursor.At, cursor.Id));
        var cursorAt = Expression.Property(values, nameof(CursorValues.At));
        var cursorId = Expression.Property(values, nameof(CursorValues.Id));
        var later = Expression.OrElse(
            Expression.GreaterThan(rowAt, cursorAt),
            Expression.AndAlso(Expression.Equal(rowAt, cursorAt), Expression.GreaterThan(rowId, cursorId)));
        return Expression.Lambda<Func<T, bool>>(later, row);
    }

    // A property of a closure-like object, so EF Core sends the cursor as parameters rather than inlined constants.
    private sealed record CursorValues(DateTime At, Guid Id);

    private sealed class ParameterRebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
