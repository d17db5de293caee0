using System.Net;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.People;
using Corridor.TestKit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>Configuration only seeds people: a person it describes is stored once, and a later change to it changes nobody.</summary>
public sealed class PeopleSeedingTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new("identity-seeding");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_configuration_change_after_the_first_start_does_not_change_the_stored_person()
    {
        var database = new Dictionary<string, string?> { ["Database:ConnectionString"] = _database.ConnectionString };
        int index, stored;
        string original;
        await using (var first = await IdentityHost.StartAsync(database))
        {
            var users = first.Host.Services.GetRequiredService<IdentityOptions>().Users;
            index = users.FindIndex(u => u.UserName == "coordinator-450900");
            original = users[index].DisplayName;
            stored = await first.Host.QueryAsync<IdentityDbContext, int>(db => db.People.CountAsync());
            Assert.Equal(users.Count, stored);
        }

        var changed = new Dictionary<string, string?>(database)
        {
            [$"Identity:Users:{index}:DisplayName"] = "Renamed in configuration",
            [$"Identity:Users:{index}:PasswordHash"] = new PasswordHasher<UserRegistration>().HashPassword(new UserRegistration(), "a-password-set-later-2026"),
        };
        await using var second = await IdentityHost.StartAsync(changed);

        Assert.Equal(stored, await second.Host.QueryAsync<IdentityDbContext, int>(db => db.People.CountAsync()));
        using var browser = ConsoleFlow.Browser(second.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SubmitAsync(browser, "coordinator-450900", "a-password-set-later-2026")).StatusCode);
        var access = new JsonWebToken((await SignInAsync(second.Address, "coordinator-450900", "demo-coordinator-450900")).GetProperty("access_token").GetString());
        Assert.Equal(original, access.GetClaim("name").Value);
    }

    [Fact]
    public async Task Each_newly_seeded_person_is_published_once_and_a_later_start_publishes_only_the_newly_configured()
    {
        var database = new Dictionary<string, string?> { ["Database:ConnectionString"] = _database.ConnectionString };
        List<UserRegistration> users;
        await using (var first = await IdentityHost.StartAsync(database))
        {
            users = first.Host.Services.GetRequiredService<IdentityOptions>().Users;
            var published = await PersonChangedRows.AllAsync(first);
            var stored = await first.Host.QueryAsync<IdentityDbContext, List<Guid>>(db => db.People.Select(p => p.Id).ToListAsync());

            Assert.Equal(stored.Order(), published.Select(e => e.PersonId).Order());
            Assert.All(published, e => Assert.Equal((1L, true, $"{e.UserName}@demo.corridor.local"), (e.AggregateVersion, e.Active, e.Email)));
            var coordinator = Assert.Single(published, e => e.UserName == "coordinator-450900");
            var configured = users.Single(u => u.UserName == "coordinator-450900");
            Assert.Equal((configured.DisplayName, configured.OrganId, configured.RegionCode), (coordinator.DisplayName, coordinator.OrganId, coordinator.RegionCode));
            Assert.Equal(configured.Roles.Order(StringComparer.Ordinal), coordinator.Roles);
        }

        var newcomer = users.Count;
        var withNewcomer = new Dictionary<string, string?>(database)
        {
            [$"Identity:Users:{newcomer}:UserName"] = "staff-newcomer",
            [$"Identity:Users:{newcomer}:PasswordHash"] = new PasswordHasher<UserRegistration>().HashPassword(new UserRegistration(), "a-newcomer-password-2026"),
            [$"Identity:Users:{newcomer}:DisplayName"] = "Newcomer",
            [$"Identity:Users:{newcomer}:RegionCode"] = users[0].RegionCode,
            [$"Identity:Users:{newcomer}:OrganId"] = users[0].OrganId,
            [$"Identity:Users:{newcomer}:Roles:0"] = "member",
        };
        await using var second = await IdentityHost.StartAsync(withNewcomer);

        var afterRestart = await PersonChangedRows.AllAsync(second);
        Assert.Equal(users.Count + 1, afterRestart.Count);
        var seededNow = Assert.Single(afterRestart, e => e.UserName == "staff-newcomer");
        Assert.Null(seededNow.Email);
        Assert.Equal(1, seededNow.AggregateVersion);
    }
}
