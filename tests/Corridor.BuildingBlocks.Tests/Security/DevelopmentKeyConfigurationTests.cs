using Corridor.BuildingBlocks.Security;
using Corridor.TestKit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Corridor.BuildingBlocks.Tests.Security;

/// <summary>
/// The services' own settings files give the development signing key to a Development host only: a host in any
/// other environment without Auth:Authority trusts no key and refuses to start, even when the development key
/// reaches it from elsewhere (environment variables, a copied settings file).
/// </summary>
public sealed class DevelopmentKeyConfigurationTests
{
    public static TheoryData<string> Services => new() { "Agreements", "Lists", "Teams", "Gateway" };

    [Theory]
    [MemberData(nameof(Services))]
    public void A_Production_host_without_an_authority_has_no_development_key_and_refuses_to_start(string service)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Build(service, Environments.Production));

        Assert.Contains("Auth:Authority", refused.Message);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_Production_host_given_the_development_key_but_no_authority_refuses_to_start_naming_Auth_Authority(string service)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Build(service, Environments.Production, new()
        {
            ["Auth:DevelopmentSigningKey"] = "corridor-local-development-signing-key-not-for-production",
        }));

        Assert.Contains("Auth:Authority", refused.Message);
        Assert.Contains("Auth:DevelopmentSigningKey", refused.Message);
    }

    [Fact]
    public void A_Production_host_with_an_authority_starts_and_trusts_the_authority_s_keys_only()
    {
        using var services = Build("Lists", Environments.Production, new()
        {
            ["Auth:Authority"] = "https://identity.example.org/",
            ["Auth:DevelopmentSigningKey"] = "corridor-local-development-signing-key-not-for-production",
        });

        var jwt = JwtOptions(services);

        Assert.Equal("https://identity.example.org/", jwt.Authority);
        Assert.Null(jwt.TokenValidationParameters.IssuerSigningKey);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_Development_host_validates_tokens_with_the_development_key_of_its_Development_settings(string service)
    {
        using var services = Build(service, Environments.Development);

        var jwt = JwtOptions(services);

        Assert.NotNull(jwt.TokenValidationParameters.IssuerSigningKey);
        Assert.Equal("corridor-local-development-signing-key-not-for-production", services.GetRequiredService<AuthOptions>().DevelopmentSigningKey);
    }

    // The services alone, not a host: a Development host would also check registrations this test does not make.
    private static ServiceProvider Build(string service, string environment, Dictionary<string, string?>? settings = null)
    {
        var root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests from the repository checkout (Corridor.sln not found).");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = Path.Combine(root, "services", service),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddCorridorAuthentication(service.ToLowerInvariant());
        return builder.Services.BuildServiceProvider();
    }

    private static JwtBearerOptions JwtOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
}
