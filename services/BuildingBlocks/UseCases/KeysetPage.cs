using System.Linq.Expressions;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using FluentValidation;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>One page of a list ordered by (timestamp, id) and the token of the next page (null on the last one).</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);

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

/// <summary>
/// The input rules every list query shares (page size, search text, enum filters), as FluentValidation rules for the
/// query's validator, so all lists refuse the same values with the same words under the query's own field names.
/// </summary>
public static class ListFilter
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Longer search texts are refused everywhere: a longer LIKE pattern could also exceed SQL Server's limit.</summary>
    public const int MaxSearchText = 200;

    /// <summary>Absent, or between 1 and <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, int?> PageSize<T>(this IRuleBuilder<T, int?> rule, int max = MaxLimit) =>
        rule.Must(limit => limit is null || (limit >= 1 && limit <= max)).WithMessage($"{{PropertyName}} must be between 1 and {max}.");

    /// <summary>Absent, or at most <see cref="MaxSearchText"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || text.Trim().Length <= MaxSearchText).WithMessage($"The search text is at most {MaxSearchText} characters.");

    /// <summary>Absent, or exactly the name of a <typeparamref name="TEnum"/> member (see <see cref="EnumNames"/>).</summary>
    public static IRuleBuilderOptions<T, string?> NameOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || EnumNames.Is<TEnum>(value)).WithMessage($"{{PropertyName}} must be one of {EnumNames.List<TEnum>()}.");

    /// <summary>The page token as a cursor (null when absent); a token this service did not hand out is a validation error naming <paramref name="field"/>.</summary>
    public static PageCursor? Cursor(string? token, string field, string scope = "") => PageCursor.Decode(token, field, scope);
}
