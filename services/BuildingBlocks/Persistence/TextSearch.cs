using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// "Contains this text" the same way on both providers: Latin letters of either case match, Chinese
/// matches as written. string.Contains would translate to SQLite's instr (case-sensitive) but to LIKE on
/// SQL Server, whose result follows the database's collation (case-insensitive by default, sensitive on a
/// _CS_ server). So it is LIKE with escaped wildcards on both, and on SQL Server under a stated
/// case-insensitive collation; kana and width sensitive as SQLite is. Left different: SQLite folds only
/// ASCII letters, SQL Server all (É matches é there only).
/// </summary>
public static class TextSearch
{
    public const string SqlServerCollation = "Latin1_General_100_CI_AS_KS_WS";

    public const string Escape = "\\";

    /// <summary>Rows where any of <paramref name="fields"/> contains <paramref name="text"/>.</summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> query, DatabaseFacade database, string text, params Expression<Func<T, string>>[] fields)
    {
        ArgumentOutOfRangeException.ThrowIfZero(fields.Length);
        var row = Expression.Parameter(typeof(T), "row");
        // Read from a closure so EF sends the pattern as a parameter (one cached plan for every search).
        var pattern = Expression.Property(Expression.Constant(new Pattern(ContainsPattern(text))), nameof(Pattern.Value));
        var functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));
        var sqlServer = database.IsSqlServer();
        Expression? any = null;
        foreach (var field in fields)
        {
            Expression value = new Rebind(field.Parameters[0], row).Visit(field.Body);
            if (sqlServer)
            {
                value = Expression.Call(Collate.MakeGenericMethod(typeof(string)), functions, value, Expression.Constant(SqlServerCollation));
            }

            var like = Expression.Call(Like, functions, value, pattern, Expression.Constant(Escape));
            any = any is null ? like : Expression.OrElse(any, like);
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(any!, row));
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere; %, _ and [ (a set on SQL Server) are literal.</summary>
    public static string ContainsPattern(string text)
    {
        var escaped = text
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal)
            .Replace("[", Escape + "[", StringComparison.Ordinal);
        return $"%{escaped}%";
    }

    private static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly System.Reflection.MethodInfo Collate = typeof(RelationalDbFunctionsExtensions)
        .GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!;

    private sealed class Pattern(string value)
    {
        public string Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
