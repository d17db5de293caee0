using System.Reflection;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>One use case found in an assembly: its request, result and handler, and the rules guarding it.</summary>
public sealed record UseCaseDescriptor(Type Request, Type Result, Type Handler, IReadOnlyList<Type> AuthorizationRules);

/// <summary>The use cases an assembly declares, read from its handlers (for registration and for tests that must cover every one).</summary>
public static class UseCaseCatalog
{
    public static IReadOnlyList<UseCaseDescriptor> Of(Assembly assembly)
    {
        var types = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }).ToArray();
        var rules = types
            .SelectMany(t => Closed(t, typeof(IAuthorizationRule<>)).Select(i => (Request: i.GetGenericArguments()[0], Rule: t)))
            .ToLookup(r => r.Request, r => r.Rule);
        return types
            .SelectMany(t => Closed(t, typeof(IUseCaseHandler<,>)).Select(i => (Handler: t, Arguments: i.GetGenericArguments())))
            .Select(h => new UseCaseDescriptor(h.Arguments[0], h.Arguments[1], h.Handler, rules[h.Arguments[0]].ToArray()))
            .OrderBy(d => d.Request.FullName, StringComparer.Ordinal)
            .ToArray();
    }

    internal static IEnumerable<Type> Closed(Type type, Type openInterface) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);
}
