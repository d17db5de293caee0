using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corridor.BuildingBlocks.UseCases;

public static class UseCaseRegistration
{
    /// <summary>Registers the runner and every handler and authorization rule of <paramref name="assembly"/> (scoped, like the DbContext they use).</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, Assembly assembly)
    {
        services.TryAddScoped<UseCaseRunner>();
        foreach (var useCase in UseCaseCatalog.Of(assembly))
        {
            services.AddScoped(typeof(IUseCaseHandler<,>).MakeGenericType(useCase.Request, useCase.Result), useCase.Handler);
            foreach (var rule in useCase.AuthorizationRules)
            {
                services.AddScoped(typeof(IAuthorizationRule<>).MakeGenericType(useCase.Request), rule);
            }
        }

        return services;
    }
}
