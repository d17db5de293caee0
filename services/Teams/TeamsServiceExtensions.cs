using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Grpc;
using Corridor.Teams.Teams.Registry;
using FluentValidation;
using MassTransit;

namespace Corridor.Teams;

internal static class TeamsServiceExtensions
{
    public const string ServiceName = "teams";

    public static IHostApplicationBuilder AddTeamsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<TeamsDbContext, SqliteTeamsDbContext, SqlServerTeamsDbContext>(ServiceName);
        builder.AddMessaging<TeamsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProjectApprovedConsumer, ProjectApprovedConsumerDefinition>();
            bus.AddConsumer<ProjectCompletedConsumer, ProjectCompletedConsumerDefinition>();
            bus.AddConsumer<ProjectCancelledConsumer, ProjectCancelledConsumerDefinition>();
            bus.AddOrganDirectoryConsumers();
        });
        builder.AddOrganDirectory<TeamsDbContext>();
        builder.Services.AddValidatorsFromAssembly(typeof(TeamsServiceExtensions).Assembly, includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(TeamsServiceExtensions).Assembly);
        builder.Services.AddScoped<TeamWriter>();
        builder.Services.AddScoped<TeamOwnership>();
        builder.Services.AddIdempotentWrites<TeamsDbContext>();
        builder.AddServiceGrpcClient<ProjectsQuery.ProjectsQueryClient>("Lists");
        builder.Services.AddScoped<ProjectApprovalCheck>();
        builder.Services.AddScoped<ProjectAdmission>();
        builder.AddServiceGrpcClient<Problems.ProblemsClient>("Lists");
        builder.Services.AddScoped<ProblemResolutionCheck>();
        builder.AddTeamsChangeFeed();
        return builder;
    }

    public static WebApplication MapTeamsApi(this WebApplication app)
    {
        app.MapTeamEndpoints();
        app.MapApprovedProjects();
        app.MapTeamStatistics();
        app.MapGrpcService<TeamsGrpcService>();
        app.MapChangeFeed();
        app.MapGrpcService<TeamsChangesGrpcService>();
        return app;
    }
}
