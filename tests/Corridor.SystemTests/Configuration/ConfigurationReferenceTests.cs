using Corridor.TestKit;

namespace Corridor.SystemTests.Configuration;

/// <summary>The configuration reference (docs/operations/configuration.md) names every setting the services read, and nothing they no longer read.</summary>
public sealed class ConfigurationReferenceTests
{
    /// <summary>
    /// Documented variables that no code, settings file or manifest of this repository names, because the
    /// platform reads them: the OpenTelemetry exporter honours the standard OTLP variables besides the endpoint.
    /// </summary>
    private static readonly string[] PlatformVariablesDocumentedOnly =
    [
        "OTEL_EXPORTER_OTLP_PROTOCOL",
        "OTEL_EXPORTER_OTLP_HEADERS",
    ];

    private readonly string _root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests from the repository checkout (Corridor.sln not found).");

    [Fact]
    public void Every_setting_the_services_read_and_the_deployment_sets_is_a_row_of_the_configuration_reference()
    {
        var reference = ConfigurationReference.Read(_root);

        var missing = Required()
            .Where(s => !reference.Variables.Any(s.IsCoveredBy))
            .GroupBy(s => s.Variable, StringComparer.Ordinal)
            .Select(g => $"{g.Key} (from {string.Join(", ", g.Select(s => s.Source).Distinct(StringComparer.Ordinal))})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"{ConfigurationReference.RelativePath} has no row for:\n{string.Join('\n', missing)}");
        Assert.True(reference.MismatchedRows.Count == 0, $"Rows whose variable is not the key with ':' as '__':\n{string.Join('\n', reference.MismatchedRows)}");
    }

    [Fact]
    public void The_configuration_reference_documents_no_setting_that_nothing_reads_or_sets_any_more()
    {
        var required = Required().ToList();
        var reference = ConfigurationReference.Read(_root);

        var stale = reference.Variables
            .Where(v => v.Contains("__", StringComparison.Ordinal) || v.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                || v.StartsWith("DOTNET_", StringComparison.Ordinal) || v.StartsWith("OTEL_", StringComparison.Ordinal))
            .Where(v => !required.Any(s => s.IsCoveredBy(v)) && !PlatformVariablesDocumentedOnly.Contains(v, StringComparer.Ordinal))
            .ToList();

        Assert.True(stale.Count == 0, $"{ConfigurationReference.RelativePath} documents settings nothing reads or sets:\n{string.Join('\n', stale)}");
        Assert.True(reference.Variables.Count == reference.Variables.Distinct(StringComparer.Ordinal).Count(), "A setting has two rows.");
    }

    [Fact]
    public void Every_configuration_section_is_bound_through_an_options_class_with_a_Section_constant()
    {
        // The reference test finds settings through those constants; a section bound by a literal name would
        // escape it. The gateway's ReverseProxy section is YARP's, and its settings come from appsettings.json.
        var unseen = SettingSources.SectionsBoundWithoutOptionsClass(_root)
            .Where(c => c.Argument != "\"ReverseProxy\"")
            .Select(c => $"{c.File}: GetSection({c.Argument})")
            .ToList();

        Assert.True(unseen.Count == 0, $"Sections bound without an options class:\n{string.Join('\n', unseen)}");
        Assert.Contains(SettingSources.OptionsProperties(), s => s.Variable == "Outbox__LeaseDuration");
        Assert.Contains(SettingSources.OptionsProperties(), s => s.Variable == "Identity__Clients__0__Scopes__0");
        Assert.Contains(SettingSources.OptionsProperties(), s => s is { Variable: "Gateway__RateLimits__Clients__", IsPrefix: true });
    }

    private IEnumerable<RequiredSetting> Required() =>
        SettingSources.OptionsProperties()
            .Concat(SettingSources.AppSettingsKeys(_root))
            .Concat(SettingSources.KeysReadByName(_root))
            .Concat(SettingSources.DeploymentVariables(_root));
}
