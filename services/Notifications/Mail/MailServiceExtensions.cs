using Corridor.Notifications.Delivery;
using Corridor.Notifications.Preferences;

namespace Corridor.Notifications.Mail;

/// <summary>E-mail: the channel, the sender, the daily digest, their settings, and the preferences API.</summary>
internal static class MailServiceExtensions
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<ConsoleLinkOptions>().BindConfiguration(ConsoleLinkOptions.Section);
        services.AddScoped<MailPreferenceCache>();
        services.AddScoped<INotificationChannel, EmailChannel>();
        services.AddScoped<MailDispatch>();
        services.AddScoped<DigestRound>();
        services.AddSingleton<MailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<MailSender>());
        services.AddSingleton<DailyDigest>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyDigest>());
        return services;
    }

    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder routes) => routes.MapPreferencesEndpoints();
}
