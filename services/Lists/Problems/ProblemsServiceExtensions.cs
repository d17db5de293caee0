using Corridor.Lists.Problems.Escalation;
using Corridor.Lists.Problems.Supervision;

namespace Corridor.Lists.Problems;

internal static class ProblemsServiceExtensions
{
    public static IHostApplicationBuilder AddProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(EscalationOptions.Section).Get<EscalationOptions>() ?? new EscalationOptions());
        var urging = builder.Configuration.GetSection(UrgingOptions.Section).Get<UrgingOptions>() ?? new UrgingOptions();
        if (urging.MaxPerOrganPerDay < 1)
        {
            throw new InvalidOperationException($"{UrgingOptions.Section}:{nameof(UrgingOptions.MaxPerOrganPerDay)} must be at least 1.");
        }

        builder.Services.AddSingleton(urging);
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
