using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// Deletes the rows of a query in statements of at most <c>batchSize</c> rows, until none is left. One statement over
/// every row would hold SQLite's single writer lock (or SQL Server's locks, escalated) for as long as it runs, and every
/// write of the service would wait behind it; between batches the writers get their turn.
/// </summary>
public static class BatchedDelete
{
    public static async Task<int> RunAsync<T, TOrder>(
        IQueryable<T> rows, Expression<Func<T, TOrder>> order, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = 0;
        while (true)
        {
            // EF Core deletes a limited, ordered query through a subquery on the key, so each statement touches one batch.
            var deleted = await rows.OrderBy(order).Take(batchSize).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }

            await Task.Yield();
        }
    }
}
