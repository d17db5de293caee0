using Corridor.Lists.Problems.Escalation;

namespace Corridor.Lists.Problems;

internal static class ProblemsServiceExtensions
{
    public static IHostApplicationBuilder AddProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(EscalationOptions.Section).Get<EscalationOptions>() ?? new EscalationOptions());
        builder.Services.AddScoped<ProblemEscalation>();
        builder.Services.AddScoped<ProblemWriter>();
        builder.Services.AddHostedService<EscalationService>();
        return builder;
    }

    public static WebApplication MapProblems(this WebApplication app)
    {
        app.MapProblemEndpoints();
        app.MapGrpcService<ProblemsGrpcService>();
        return app;
    }
}
