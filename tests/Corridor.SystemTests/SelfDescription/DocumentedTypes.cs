using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Agreements;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Lists;
using Corridor.Teams;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>The C# types behind the merged document's schemas, and which of their JSON properties they let be absent or null.</summary>
internal static class DocumentedTypes
{
    private static readonly Dictionary<string, Assembly> Services = new(StringComparer.Ordinal)
    {
        ["Lists"] = typeof(ListsServiceExtensions).Assembly,
        ["Agreements"] = typeof(AgreementsServiceExtensions).Assembly,
        ["Teams"] = typeof(TeamsServiceExtensions).Assembly,
    };

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The one non-generic type a schema is named after ("TeamsX" when the merge prefixed Teams' X); null when none or several.</summary>
    public static Type? For(string schemaName)
    {
        var candidates = Services.Values.Append(typeof(ChangeFeedEndpoints).Assembly).SelectMany(Named(schemaName)).ToList();
        foreach (var (service, assembly) in Services.Where(s => schemaName.StartsWith(s.Key, StringComparison.Ordinal)))
        {
            candidates.AddRange(Named(schemaName[service.Length..])(assembly));
        }

        return candidates.Distinct().Count() == 1 ? candidates[0] : null;
    }

    public static IEnumerable<string> OptionalJsonProperties(Type type)
    {
        var defaults = type.GetConstructors().SelectMany(c => c.GetParameters()).Where(p => p.HasDefaultValue).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var ignore = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition;
            var optional = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || Nullability.Create(property).ReadState == NullabilityState.Nullable
                || defaults.Contains(property.Name)
                || ignore is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;
            if (optional && ignore is not JsonIgnoreCondition.Always)
            {
                yield return property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            }
        }
    }

    private static Func<Assembly, IEnumerable<Type>> Named(string name) => assembly =>
        assembly.GetTypes().Where(t => t.Name == name && !t.IsGenericTypeDefinition && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null);
}
