using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Agreements.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Matching;
using Corridor.Lists.Organs;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Reactions;
using Corridor.Lists.Resources;
using Corridor.Lists.Submissions;
using Corridor.Lists.Submissions.Batches;
using FluentValidation;

namespace Corridor.Lists;

internal static class ListsServiceExtensions
{
    public const string ServiceName = "lists";

    public static IHostApplicationBuilder AddListsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ListsDbContext, SqliteListsDbContext, SqlServerListsDbContext>(ServiceName);
        builder.AddMessaging<ListsDbContext>(ServiceName, bus =>
        {
            bus.AddProjectReactions();
            bus.AddOrganDirectoryConsumers();
        });
        builder.AddOrganDirectory<ListsDbContext>();
        builder.Services.AddScoped<ListsOrgans>();
        builder.Services.AddValidatorsFromAssemblyContaining<CreateProjectValidator>(includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(ListsServiceExtensions).Assembly);
        builder.Services.AddIdempotentWrites<ListsDbContext>();
        builder.Services.AddScoped<BatchSubmitter>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(MatchingOptions.Section).Get<MatchingOptions>() ?? new MatchingOptions());
        builder.AddServiceGrpcClient<AgreementsQuery.AgreementsQueryClient>("Agreements");
        builder.AddProjects();
        builder.AddProblems();
        builder.AddListsChangeFeed();
        builder.Services.AddSingleton<IListSubmission<ResourceRequest, Resource>, ResourceSubmission>();
        builder.Services.AddSingleton<IListSubmission<RaiseProblemRequest, Problem>, ProblemSubmission>();
        return builder;
    }

    public static WebApplication MapListsApi(this WebApplication app)
    {
        app.MapProjects();
        app.MapProblems();
        app.MapResourceEndpoints();
        app.MapSuggestionEndpoints();
        app.MapMatchEndpoints();
        app.MapGrpcService<ResourcesGrpcService>();
        app.MapGrpcService<MatchingGrpcService>();
        app.MapGrpcService<SubmissionsGrpcService>();
        app.MapChangeFeed();
        app.MapGrpcService<ListsChangesGrpcService>();
        app.MapSubmissions<ResourceRequest, Resource>(
            "/api/v1/resources", "Resources", (items, key, hash) => new SubmitResourceBatch(items, key, hash), (name, file, key, hash) => new ImportResources(name, file, key, hash));
        app.MapSubmissions<RaiseProblemRequest, Problem>(
            "/api/v1/problems", "Problems", (items, key, hash) => new SubmitProblemBatch(items, key, hash), (name, file, key, hash) => new ImportProblems(name, file, key, hash));
        return app;
    }
}
