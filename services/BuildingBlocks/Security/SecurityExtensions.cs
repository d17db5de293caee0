using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.BuildingBlocks.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// JWT bearer from the configured OIDC authority, or the development key when none is set. Every policy
    /// also limits sync clients to the scopes "{scope}.read" / "{scope}.write" (Auth:Scope, else <paramref name="scope"/>).
    /// </summary>
    public static IHostApplicationBuilder AddCorridorAuthentication(this IHostApplicationBuilder builder, string scope)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        options.Scope ??= scope;
        DevelopmentKeyEnvironments.RequireAuthority(options, builder.Environment);
        builder.Services.AddSingleton(options);
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                NameClaimType = "sub",
                RoleClaimType = CorridorClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };

            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata ?? !builder.Environment.IsDevelopment();
                if (options.ValidIssuers.Count > 0)
                {
                    // Checked besides the issuer of the authority's metadata, which stays valid.
                    jwt.TokenValidationParameters.ValidIssuers = options.ValidIssuers;
                }
            }
            else if (!string.IsNullOrWhiteSpace(options.DevelopmentSigningKey))
            {
                jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.SigningKey(options.DevelopmentSigningKey);
            }
            else
            {
                throw new InvalidOperationException("Configure Auth:Authority (OIDC) or Auth:DevelopmentSigningKey.");
            }
        });

        var member = MemberPolicy(options.Scope);
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(member)
            .SetFallbackPolicy(member)
            .AddPolicy(CorridorPolicies.Member, member)
            .AddPolicy(CorridorPolicies.Reviewer, p => p.Combine(member)
                .RequireRole(CorridorRoles.Coordinator, CorridorRoles.Secretariat))
            .AddPolicy(CorridorPolicies.Secretariat, p => p.Combine(member)
                .RequireRole(CorridorRoles.Secretariat));
        builder.Services.AddSingleton<IAuthorizationHandler, ScopeAuthorizationHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, ActingOrganHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, CorridorAuthorizationResultHandler>();

        builder.Services.AddScoped(sp => CallerIdentity.Of(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext ?? throw new InvalidOperationException("No caller outside a request.")));
        return builder;
    }

    // Every caller must carry the region and organ claims that tenancy rules rely on; an organ named per request must be one it may act for.
    private static AuthorizationPolicy MemberPolicy(string scope) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(CorridorClaims.Region)
        .RequireClaim(CorridorClaims.Organ)
        .AddRequirements(new ScopeRequirement(scope), new ActingOrganRequirement())
        .Build();
}
