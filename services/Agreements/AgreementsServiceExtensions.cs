using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using FluentValidation;

namespace Corridor.Agreements;

internal static class AgreementsServiceExtensions
{
    public const string ServiceName = "agreements";

    public static IHostApplicationBuilder AddAgreementsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext, SqliteAgreementsDbContext, SqlServerAgreementsDbContext>(ServiceName);
        builder.AddMessaging<AgreementsDbContext>(ServiceName);
        builder.Services.AddValidatorsFromAssemblyContaining<AgreementRequestValidator>(includeInternalTypes: true);
        builder.Services.AddSingleton(builder.Configuration.GetSection(LifecycleOptions.Section).Get<LifecycleOptions>() ?? new LifecycleOptions());
        builder.Services.AddScoped<AgreementLifecycle>();
        builder.Services.AddHostedService<LifecycleService>();
        return builder;
    }

    public static WebApplication MapAgreementsApi(this WebApplication app)
    {
        app.MapAgreementEndpoints();
        app.MapActivityEndpoints();
        app.MapGrpcService<AgreementsQueryService>();
        return app;
    }
}
