using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

internal static class ProjectsServiceExtensions
{
    public static IHostApplicationBuilder AddProjects(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(ReviewPolicy.Section).Get<ReviewPolicy>() ?? new ReviewPolicy();
        builder.Services.AddScoped(services => ReviewMembership.Apply(configured, services));
        builder.Services.AddSingleton(builder.Configuration.GetSection(ReviewReminderOptions.Section).Get<ReviewReminderOptions>() ?? new ReviewReminderOptions());
        builder.Services.AddScoped<AgreementBindingCheck>();
        builder.Services.AddScoped<ProjectWriter>();
        builder.Services.AddScoped<ReviewReminders>();
        builder.Services.AddHostedService<ReviewReminderService>();
        return builder;
    }

    public static WebApplication MapProjects(this WebApplication app)
    {
        app.MapProjectEndpoints();
        app.MapGrpcService<ProjectsQueryService>();
        app.MapGrpcService<ProjectsGrpcService>();
        return app;
    }
}
