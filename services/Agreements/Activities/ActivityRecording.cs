using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Agreements.Activities;

/// <summary>Shared by REST and gRPC: the agreement is read, the activity checked against it and saved with its event.</summary>
internal static class ActivityRecording
{
    public static async Task<Activity> RecordAsync(AgreementsDbContext db, Guid agreementId, CallerIdentity caller, ActivityInput input, DateTime now, CancellationToken cancellationToken)
    {
        var activity = await AddAsync(db, agreementId, caller, input, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    /// <summary>The same without saving, for a caller that commits more with it (an Idempotency-Key's answer).</summary>
    public static async Task<Activity> AddAsync(AgreementsDbContext db, Guid agreementId, CallerIdentity caller, ActivityInput input, DateTime now, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, agreementId, cancellationToken);
        var activity = Activity.Record(agreement, caller, input, now);
        db.Activities.Add(activity);
        return activity;
    }
}
