using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Identity.Clients;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.Keys;
using Corridor.Identity.People;
using Corridor.Identity.People.Api;
using Corridor.Identity.People.Store;
using Corridor.Identity.Throttling;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Corridor.Identity;

internal static class IdentityServiceExtensions
{
    public const string ServiceName = "identity";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        var keys = builder.Configuration.GetSection(KeyScheduleOptions.Section).Get<KeyScheduleOptions>() ?? new KeyScheduleOptions();
        if (keys.RetireAfter <= options.AccessTokenLifetime)
        {
            throw new InvalidOperationException($"{KeyScheduleOptions.Section}:RetireAfter must exceed Identity:AccessTokenLifetime, or tokens outlive their key.");
        }

        // No JWT authentication of its own (it issues the tokens): the service defaults of the other services do not apply.
        builder.AddCorridorTelemetry(ServiceName);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<CorridorExceptionHandler>();
        builder.Services.AddAuthorization();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.AddServiceDatabase<IdentityDbContext, SqliteIdentityDbContext, SqlServerIdentityDbContext>(ServiceName);

        // The people API checks a person's organ against the directory's read model, kept by these consumers (ADR 0019).
        builder.AddMessaging<IdentityDbContext>(ServiceName, bus => bus.AddOrganDirectoryConsumers());
        builder.AddOrganDirectory<IdentityDbContext>();

        builder.AddSharedDataProtection(options.DataProtection);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new KeySchedule(keys));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeyRing>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<KeyRing>());
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(sp => sp.GetRequiredService<KeyRing>());
        builder.Services.AddHostedService<KeyRotationService>();
        builder.Services.AddScoped<ClientSeeder>();
        builder.Services.AddSingleton<SignInLockout>();
        builder.Services.AddPeopleStore(options);
        builder.Services.AddPeopleApiAuthentication();
        builder.Services.AddScoped<ManagedRegion>();
        builder.Services.AddScoped<PeopleWriter>();
        builder.Services.AddValidatorsFromAssembly(typeof(IdentityServiceExtensions).Assembly, includeInternalTypes: true);
        builder.Services.AddUseCases(typeof(IdentityServiceExtensions).Assembly);
        builder.Services.AddSingleton<ClientAuthenticationThrottle>();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthentication().AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
        {
            cookie.LoginPath = SignInPage.Path;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                server.SetAuthorizationEndpointUris(AuthorizeEndpoint.Path.TrimStart('/'));
                server.SetEndSessionEndpointUris(EndSessionEndpoint.Path.TrimStart('/'));
                server.AllowClientCredentialsFlow();
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();

                // S256 only: with plain the verifier itself travels through the browser, so PKCE would protect nothing.
                server.Configure(o =>
                {
                    o.CodeChallengeMethods.Clear();
                    o.CodeChallengeMethods.Add(OpenIddictConstants.CodeChallengeMethods.Sha256);
                });
                server.AddEventHandler(CountClientAuthenticationFailures.Descriptor);

                // Rolling (OpenIddict's default): each refresh answers a new refresh token and redeems the old one.
                server.AllowRefreshTokenFlow();
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                server.SetRefreshTokenReuseLeeway(options.RefreshTokenReuseLeeway);
                server.RegisterScopes([.. CorridorScopes.All, OpenIddictConstants.Scopes.OfflineAccess]);
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                }

                // The local run and the tests speak plain HTTP on loopback; elsewhere only a TLS-terminating proxy
                // in front (Identity:RequireHttps=false, with forwarded headers) should switch this off.
                if (!(options.RequireHttps ?? !builder.Environment.IsDevelopment()))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return builder;
    }

    /// <summary>The token endpoint, the sign-in page, the people API and health; discovery, JWKS and the OAuth errors are OpenIddict's own.</summary>
    public static WebApplication MapIdentityApi(this WebApplication app)
    {
        app.MapTokenEndpoint();
        app.MapAuthorizeEndpoint();
        app.MapEndSessionEndpoint();
        app.MapSignInPage();
        app.MapPeopleApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }

    /// <summary>Applies the key schedule and seeds the configured clients and the absent configured people before the service accepts requests.</summary>
    public static async Task PrepareIdentityAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<KeyRing>().RefreshAsync(app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeopleSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
