using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService.Infrastructure;
using Corridor.Gateway;
using Corridor.Identity.Infrastructure;
using Corridor.Lists.Infrastructure;
using Corridor.Notifications.Infrastructure;
using Corridor.Teams.Infrastructure;

namespace Corridor.SystemTests.Configuration;

/// <summary>
/// Every setting the services read, found without a hand-kept list: the options classes bound from
/// configuration, the services' appsettings files, the keys the code reads by name, and the variables the
/// images, docker-compose.yml and the Kubernetes manifests set.
/// </summary>
public static partial class SettingSources
{
    /// <summary>The assemblies whose options classes are bound from configuration.</summary>
    public static readonly Assembly[] ServiceAssemblies =
    [
        typeof(DatabaseOptions).Assembly,
        // The services' own assemblies (their DbContexts live there), not their hosts (Program and marker only).
        typeof(ListsDbContext).Assembly,
        typeof(AgreementsDbContext).Assembly,
        typeof(TeamsDbContext).Assembly,
        typeof(DirectoryDbContext).Assembly,
        typeof(NotificationsDbContext).Assembly,
        typeof(GatewayServiceMarker).Assembly,
        typeof(IdentityDbContext).Assembly,
    ];

    /// <summary>
    /// Keys in the appsettings files that are not deployment settings, each with why. Nothing else may be
    /// left out of the reference.
    /// </summary>
    private static readonly (Regex Keys, string Why)[] NotSettings =
    [
        // The gateway's route table: which paths go to which cluster. Part of the gateway's code (the merged
        // OpenAPI document and the routing tests depend on it), not something a deployment changes.
        (new Regex("^ReverseProxy:Routes:"), "gateway route table"),
        // Which cluster is a service's REST side (read by the OpenAPI merge and the readiness check) and that
        // the gRPC clusters speak HTTP/2: fixed like the routes. Only the destinations' addresses are settings.
        (new Regex("^ReverseProxy:Clusters:[^:]+:(Metadata|HttpRequest):"), "gateway cluster wiring"),
    ];

    /// <summary>Every public settable property of every options class (a type with a <c>public const string Section</c>), nested classes and list elements recursed.</summary>
    public static IEnumerable<RequiredSetting> OptionsProperties()
    {
        foreach (var type in ServiceAssemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section)
            {
                foreach (var setting in Properties(type, section, type.Name))
                {
                    yield return setting;
                }
            }
        }
    }

    /// <summary>Every leaf key of every appsettings*.json a service ships (array entries as index 0), minus <see cref="NotSettings"/>.</summary>
    public static IEnumerable<RequiredSetting> AppSettingsKeys(string repositoryRoot)
    {
        var files = Directory.GetDirectories(Path.Combine(repositoryRoot, "services"))
            .SelectMany(service => Directory.GetFiles(service, "appsettings*.json", SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var source = Path.GetRelativePath(repositoryRoot, file);
            var root = JsonNode.Parse(File.ReadAllText(file)) ?? throw new InvalidOperationException($"{source} is empty.");
            foreach (var key in Leaves(root, prefix: null).Where(k => !NotSettings.Any(n => n.Keys.IsMatch(k))))
            {
                yield return RequiredSetting.FromKey(key, source);
            }
        }
    }

    /// <summary>Keys the code reads by name (<c>Configuration["…"]</c>, <c>GetValue("…")</c>); interpolated names are covered by the appsettings keys.</summary>
    public static IEnumerable<RequiredSetting> KeysReadByName(string repositoryRoot)
    {
        foreach (var (file, text) in ServiceSources(repositoryRoot))
        {
            foreach (Match match in KeyReadByName().Matches(text))
            {
                yield return RequiredSetting.FromKey(match.Groups["key"].Value, file);
            }
        }
    }

    /// <summary>Sections bound by name rather than through an options class's <c>Section</c> constant.</summary>
    public static IEnumerable<(string File, string Argument)> SectionsBoundWithoutOptionsClass(string repositoryRoot) =>
        ServiceSources(repositoryRoot)
            .SelectMany(s => GetSectionCall().Matches(s.Text).Select(m => (s.File, Argument: m.Groups["argument"].Value.Trim())))
            .Where(c => !c.Argument.EndsWith(".Section", StringComparison.Ordinal));

    /// <summary>The variables the image, docker-compose.yml and deploy/k8s set (or name in their comments).</summary>
    public static IEnumerable<RequiredSetting> DeploymentVariables(string repositoryRoot)
    {
        var k8s = Path.Combine(repositoryRoot, "deploy", "k8s");
        var files = new[] { Path.Combine(repositoryRoot, "docker-compose.yml"), Path.Combine(repositoryRoot, "deploy", "docker", "Dockerfile") }
            .Concat(Directory.GetFiles(k8s, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var source = Path.GetRelativePath(repositoryRoot, file);
            var text = File.ReadAllText(file);
            var names = HierarchicalVariable().Matches(text).Concat(PlatformVariable().Matches(text)).Select(m => m.Value.TrimEnd('.', '-'));
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                yield return new RequiredSetting(IndexSegment().Replace(name, "__0"), IsPrefix: false, source);
            }
        }
    }

    private static IEnumerable<RequiredSetting> Properties(Type type, string prefix, string source)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                foreach (var setting in Values(property.PropertyType, $"{prefix}:{property.Name}", $"{source}.{property.Name}"))
                {
                    yield return setting;
                }
            }
        }
    }

    private static IEnumerable<RequiredSetting> Values(Type type, string key, string source)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            return [RequiredSetting.FromKey(key, source)];
        }

        if (GenericArgumentsOf(type, typeof(IDictionary<,>)) is [_, var value] && IsScalar(value))
        {
            return [RequiredSetting.FromKey($"{key}:", source, isPrefix: true)];
        }

        var element = type.IsArray ? type.GetElementType() : GenericArgumentsOf(type, typeof(IEnumerable<>))?[0];
        if (element is not null)
        {
            return Values(element, $"{key}:0", source);
        }

        if (type.IsClass && type.Namespace?.StartsWith("Corridor.", StringComparison.Ordinal) == true)
        {
            return Properties(type, key, source);
        }

        throw new InvalidOperationException($"{source} ({type}): the reference test does not know how this type binds; teach it.");
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(Guid) || type == typeof(Uri);

    private static Type[]? GenericArgumentsOf(Type type, Type openInterface) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == openInterface ? type : null)?.GetGenericArguments()
        ?? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface)?.GetGenericArguments();

    private static IEnumerable<string> Leaves(JsonNode node, string? prefix) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [Join(prefix, p.Key)] : Leaves(p.Value, Join(prefix, p.Key))),
        // Entries of a list are documented once, as index 0; an empty list binds nothing.
        JsonArray array => array.Where(e => e is not null).SelectMany(e => Leaves(e!, Join(prefix, "0"))).Distinct(StringComparer.Ordinal),
        _ => [prefix ?? throw new InvalidOperationException("A settings file is a bare value.")],
    };

    private static string Join(string? prefix, string key) => prefix is null ? key : $"{prefix}:{key}";

    private static IEnumerable<(string File, string Text)> ServiceSources(string repositoryRoot)
    {
        var services = Path.Combine(repositoryRoot, "services");
        return Directory.GetFiles(services, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" || part.EndsWith(".Migrations", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(repositoryRoot, f), File.ReadAllText(f)));
    }

    [GeneratedRegex("""(?:Configuration\[|GetValue(?:<[^>]+>)?\()"(?<key>[^"{}]+)"[\],]""")]
    private static partial Regex KeyReadByName();

    [GeneratedRegex(@"GetSection\((?<argument>[^)]*)\)")]
    private static partial Regex GetSectionCall();

    // Configuration keys as variables: at least one "__" between segments (Auth__Authority, Logging__LogLevel__Yarp).
    [GeneratedRegex(@"(?<![\w.$-])[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9.-]+)+")]
    private static partial Regex HierarchicalVariable();

    [GeneratedRegex(@"(?<![\w$])(?:ASPNETCORE|DOTNET|OTEL)_[A-Z0-9_]+")]
    private static partial Regex PlatformVariable();

    [GeneratedRegex(@"__[0-9]+(?=__|$)")]
    private static partial Regex IndexSegment();
}
