using Corridor.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.Idempotency;

public static class IdempotencyRegistration
{
    /// <summary>Registers <see cref="IdempotentWrites"/> over the service's own DbContext, once per request scope.</summary>
    public static IServiceCollection AddIdempotentWrites<TDbContext>(this IServiceCollection services)
        where TDbContext : ServiceDbContext =>
        services.AddScoped(sp => new IdempotentWrites(sp.GetRequiredService<TDbContext>(), sp.GetRequiredService<TimeProvider>()));
}
