using Corridor.BuildingBlocks.Reference;
using Corridor.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Corridor.Identity.Tests.People;

/// <summary>The demo people of appsettings.Development.json: hashes only, matching the passwords the local run prints.</summary>
public sealed class DemoUsersTests
{
    private static readonly string SettingsFile = Path.Combine(AppContext.BaseDirectory, "IdentityHost", "appsettings.Development.json");

    [Fact]
    public void Every_region_has_staff_and_a_coordinator_whose_hash_verifies_the_demo_password_and_no_password_is_stored_in_plain()
    {
        var options = new IdentityOptions();
        new ConfigurationBuilder().AddJsonFile(SettingsFile).Build().GetSection(IdentityOptions.Section).Bind(options);
        var hasher = new PasswordHasher<UserRegistration>();
        var text = File.ReadAllText(SettingsFile);

        Assert.Empty(UserRegistrationRules.Check(options.Users));
        Assert.Equal(
            CorridorRegions.All.SelectMany(r => new[] { $"coordinator-{r.Code}", $"staff-{r.Code}" }).Append("secretariat").Order(StringComparer.Ordinal),
            options.Users.Select(u => u.UserName).Order(StringComparer.Ordinal));
        Assert.All(options.Users, user =>
        {
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash, DemoPasswords.Of(user)));
            Assert.DoesNotContain($"\"{DemoPasswords.Of(user)}\"", text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("\"Password\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_demo_person_has_their_demo_e_mail()
    {
        var options = new IdentityOptions();
        new ConfigurationBuilder().AddJsonFile(SettingsFile).Build().GetSection(IdentityOptions.Section).Bind(options);

        Assert.All(options.Users, user => Assert.Equal($"{user.UserName}@demo.corridor.local", user.Email));
    }
}
