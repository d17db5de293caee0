using Corridor.BuildingBlocks.Security;
using Corridor.Identity.Clients;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;

namespace Corridor.Identity.People.Api;

/// <summary>
/// Bearer tokens for the people API, validated by OpenIddict against Identity's own server (its signing keys and
/// issuer, audience <c>corridor</c>) rather than by fetching its own discovery document over HTTP. Only people: a sync
/// client's token is refused.
/// </summary>
internal static class PeopleApiAuthentication
{
    public const string Policy = "people-api";

    public static IServiceCollection AddPeopleApiAuthentication(this IServiceCollection services)
    {
        services.AddOpenIddict().AddValidation(validation =>
        {
            validation.UseLocalServer();
            validation.UseAspNetCore();
            validation.AddAudiences(CorridorScopes.Audience);
        });

        // The validation keys are read from the server's; when the key ring rotates, they are read again.
        services.AddSingleton<Microsoft.Extensions.Options.IOptionsChangeTokenSource<OpenIddictValidationOptions>, ValidationKeysFollowServerKeys>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CorridorClaims.Region)
            .RequireClaim(CorridorClaims.Organ)
            .RequireAssertion(context => !context.User.HasClaim(CorridorClaims.Role, CorridorRoles.SyncClient)));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => CallerIdentity.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User
            ?? throw new InvalidOperationException("No caller outside a request.")));
        return services;
    }
}
