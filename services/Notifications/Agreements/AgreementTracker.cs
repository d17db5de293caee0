using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Agreements;

internal static class AgreementTracker
{
    /// <summary>The tracked agreement, added (and tracked by the context) when this is the first event about it.</summary>
    public static async Task<TrackedAgreement> GetOrAddAsync(NotificationsDbContext db, Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.FindAsync([agreementId], cancellationToken);
        if (agreement is null)
        {
            agreement = new TrackedAgreement(agreementId);
            db.Agreements.Add(agreement);
        }

        return agreement;
    }

    /// <summary>How an agreement is named in a text: its title in quotes, or its id while the proposal has not arrived.</summary>
    public static string Named(TrackedAgreement agreement) => agreement.Title.Length > 0 ? $"“{agreement.Title}”" : agreement.AgreementId.ToString();
}
