using System.Text.Json.Serialization;
using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Grpc;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;
using MassTransit;

namespace Corridor.Agreements;

internal static class AgreementsServiceExtensions
{
    public const string ServiceName = "agreements";

    public static IHostApplicationBuilder AddAgreementsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext, SqliteAgreementsDbContext, SqlServerAgreementsDbContext>(ServiceName);
        builder.AddMessaging<AgreementsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProjectApprovedConsumer, ProjectApprovedConsumerDefinition>();
            bus.AddOrganDirectoryConsumers();
        });
        builder.AddOrganDirectory<AgreementsDbContext>();
        builder.Services.AddValidatorsFromAssembly(typeof(AgreementsServiceExtensions).Assembly, includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(AgreementsServiceExtensions).Assembly);
        builder.Services.AddScoped<AgreementWriter>();
        builder.Services.AddScoped<PartyDirectory>();
        builder.Services.AddIdempotentWrites<AgreementsDbContext>();
        // Scorecards carry the cooperation area as an enum: by name on the wire, like every other enum here.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(builder.Configuration.GetSection(LifecycleOptions.Section).Get<LifecycleOptions>() ?? new LifecycleOptions());
        builder.Services.AddScoped<AgreementLifecycle>();
        builder.Services.AddHostedService<LifecycleService>();
        builder.AddAgreementsChangeFeed();
        return builder;
    }

    public static WebApplication MapAgreementsApi(this WebApplication app)
    {
        app.MapAgreementEndpoints();
        app.MapActivityEndpoints();
        app.MapScorecardEndpoints();
        app.MapGrpcService<AgreementsQueryService>();
        app.MapGrpcService<AgreementsGrpcService>();
        app.MapChangeFeed();
        app.MapGrpcService<AgreementsChangesGrpcService>();
        return app;
    }
}
