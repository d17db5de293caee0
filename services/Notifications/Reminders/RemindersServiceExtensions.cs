namespace Corridor.Notifications.Reminders;

internal static class RemindersServiceExtensions
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        builder.Services.AddScoped<ReminderOnce>();
        builder.Services.AddScoped<ProblemLights>();
        builder.Services.AddScoped<ReviewDueReminders>();
        builder.Services.AddScoped<WeeklyDigest>();
        builder.Services.AddScoped<ReminderRound>();
        builder.Services.AddHostedService<ReminderRounds>();
        return builder;
    }
}
