using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using DirectoryClient = Corridor.Contracts.Directory.V1.Directory.DirectoryClient;

namespace Corridor.BuildingBlocks.Directory;

public static class OrganDirectoryExtensions
{
    /// <summary>
    /// <see cref="IOrganDirectory"/> over the read model in <typeparamref name="TContext"/> (which maps it with
    /// <see cref="DirectoryReadModelConfiguration.ApplyDirectoryReadModel"/>) and the Directory's gRPC API at
    /// Services:Directory:Grpc. Add the consumers with <see cref="AddOrganDirectoryConsumers"/> and their queues with
    /// <see cref="DirectorySubscriptions.For"/>. Returns the Directory's gRPC client, for tests to configure.
    /// </summary>
    public static IHttpClientBuilder AddOrganDirectory<TContext>(this IHostApplicationBuilder builder)
        where TContext : ServiceDbContext
    {
        // The read model's consumers and writers are shared by every service, so they ask for the service's context by its base type.
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddScoped<IOrganDirectory, OrganDirectory>();
        return builder.AddServiceGrpcClient<DirectoryClient>("Directory");
    }

    public static void AddOrganDirectoryConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OrganRegisteredConsumer, DirectoryConsumerDefinition<OrganRegisteredConsumer>>();
        bus.AddConsumer<OrganUpdatedConsumer, DirectoryConsumerDefinition<OrganUpdatedConsumer>>();
        bus.AddConsumer<OrganRenamedConsumer, DirectoryConsumerDefinition<OrganRenamedConsumer>>();
        bus.AddConsumer<OrganRetiredConsumer, DirectoryConsumerDefinition<OrganRetiredConsumer>>();
        bus.AddConsumer<OrganReinstatedConsumer, DirectoryConsumerDefinition<OrganReinstatedConsumer>>();
        bus.AddConsumer<RegionJoinedConsumer, DirectoryConsumerDefinition<RegionJoinedConsumer>>();
        bus.AddConsumer<RegionLeftConsumer, DirectoryConsumerDefinition<RegionLeftConsumer>>();
    }
}
