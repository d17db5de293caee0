using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// Load, check the caller's precondition on the version (If-Match, or the gRPC expected version), apply one
/// domain operation, save it with its events. REST and gRPC both go through here.
/// </summary>
internal static class AgreementChange
{
    public static async Task<Agreement> ApplyAsync(
        AgreementsDbContext db, Guid id, Action<long> checkVersion, Func<Agreement, Task> change, CancellationToken cancellationToken)
    {
        var agreement = await ChangeAsync(db, id, checkVersion, change, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return agreement;
    }

    public static Task<Agreement> ApplyAsync(AgreementsDbContext db, Guid id, Action<long> checkVersion, Action<Agreement> change, CancellationToken cancellationToken) =>
        ApplyAsync(db, id, checkVersion, a =>
        {
            change(a);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The same without saving, for a caller that commits more with it (an Idempotency-Key's answer).</summary>
    public static async Task<Agreement> ChangeAsync(
        AgreementsDbContext db, Guid id, Action<long> checkVersion, Func<Agreement, Task> change, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Agreement", id.ToString());
        checkVersion(agreement.Version);
        await change(agreement);
        return agreement;
    }
}
