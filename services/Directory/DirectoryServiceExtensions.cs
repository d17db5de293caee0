using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Grpc;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Organs.Batches;
using Corridor.DirectoryService.Regions;
using FluentValidation;

namespace Corridor.DirectoryService;

internal static class DirectoryServiceExtensions
{
    public const string ServiceName = "directory";

    public static IHostApplicationBuilder AddDirectoryServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryDbContext, SqliteDirectoryDbContext, SqlServerDirectoryDbContext>(ServiceName);
        // The directory only publishes (organ and membership events); it consumes nothing.
        builder.AddMessaging<DirectoryDbContext>(ServiceName);
        builder.Services.AddSingleton(DivisionTable.Shipped);
        builder.Services.AddValidatorsFromAssembly(typeof(DirectoryServiceExtensions).Assembly, includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(DirectoryServiceExtensions).Assembly);
        builder.Services.AddScoped<OrganWriters>();
        builder.Services.AddScoped<OrganWriter>();
        builder.Services.AddScoped<OrganRegistrations>();
        builder.Services.AddScoped<OrganBatchSubmitter>();
        builder.Services.AddIdempotentWrites<DirectoryDbContext>();
        builder.AddDirectoryChangeFeed();
        return builder;
    }

    public static WebApplication MapDirectoryApi(this WebApplication app)
    {
        app.MapRegionEndpoints();
        app.MapOrganEndpoints();
        app.MapOrganBatches();
        app.MapGrpcService<DirectoryGrpcService>();
        app.MapChangeFeed();
        app.MapGrpcService<DirectoryChangesGrpcService>();
        return app;
    }
}
