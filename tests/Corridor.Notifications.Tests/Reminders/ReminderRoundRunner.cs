using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;
using Corridor.Notifications.Reminders;
using Corridor.Notifications.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Notifications.Tests.Reminders;

/// <summary>Runs a reminder round in a scope of its own on a host's database, at the time a fake clock says.</summary>
internal static class ReminderRoundRunner
{
    public static ReminderOptions WithoutDigest { get; } = new() { WeeklyDigest = false };

    public static async Task<int> RunAsync(NotificationsHost notifications, FakeTimeProvider clock, ReminderOptions? options = null)
    {
        await using var scope = notifications.Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<NotificationsDbContext>();
        var settings = Options.Create(options ?? WithoutDigest);
        var once = new ReminderOnce(db, ActivatorUtilities.CreateInstance<NotificationWriter>(services, clock), clock);
        var round = new ReminderRound(
            new ProblemLights(db, once, settings, clock), new ReviewDueReminders(db, once, settings, clock), new WeeklyDigest(db, once, settings, clock));
        return await round.RunOnceAsync(CancellationToken.None);
    }

    public static Task<int> TrackAsync(NotificationsHost notifications, params TrackedProblem[] problems) =>
        notifications.Host.QueryAsync<NotificationsDbContext, int>(db =>
        {
            db.Problems.AddRange(problems);
            return db.SaveChangesAsync();
        });

    public static TrackedProblem Accepted(string title, string responsibleOrganId, string responsibleRegionCode, DateOnly due, params string[] coResponsible)
    {
        var problem = new TrackedProblem(Guid.NewGuid());
        problem.Raised(title, DemoRaiser.Id, DemoRaiser.RegionCode, responsibleRegionCode, 1);
        problem.Accepted(responsibleOrganId, responsibleRegionCode, coResponsible, due, 2);
        return problem;
    }

    /// <summary>The notifications of <paramref name="kind"/> each person got, by person.</summary>
    public static Task<Dictionary<Guid, int>> CountAsync(NotificationsHost notifications, string kind) =>
        notifications.Host.QueryAsync<NotificationsDbContext, Dictionary<Guid, int>>(db =>
            db.Notifications.Where(n => n.Kind == kind).GroupBy(n => n.PersonId).ToDictionaryAsync(g => g.Key, g => g.Count()));

    private static Corridor.Testing.DemoOrgan DemoRaiser => Corridor.Testing.DemoOrgans.Zhaoqing;
}
