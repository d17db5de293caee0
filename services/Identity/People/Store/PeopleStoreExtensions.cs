using Corridor.Identity.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>ASP.NET Core Identity over Identity's database: the user and role managers and the sign-in manager's password check.</summary>
internal static class PeopleStoreExtensions
{
    public static IServiceCollection AddPeopleStore(this IServiceCollection services, IdentityOptions options)
    {
        services.AddIdentityCore<Person>(identity =>
        {
            PasswordRules.Apply(identity.Password);
            identity.User.RequireUniqueEmail = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = options.SignInLockout.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = options.SignInLockout.LockoutDuration;
        })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager();
        services.AddScoped<PeopleSeeder>();
        services.AddScoped<PersonSignIn>();
        services.AddScoped<ActivePeople>();
        return services;
    }
}
