namespace Corridor.Notifications.Reminders;

/// <summary>One round of every reminder: problem lights, review rounds due soon and the weekly digest.</summary>
public sealed class ReminderRound(ProblemLights problems, ReviewDueReminders reviews, WeeklyDigest digest)
{
    /// <summary>Sends what is due now and was not sent before; returns how many reminders (thresholds) it sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = await problems.RunAsync(cancellationToken);
        sent += await reviews.RunAsync(cancellationToken);
        sent += await digest.RunAsync(cancellationToken);
        return sent;
    }
}
