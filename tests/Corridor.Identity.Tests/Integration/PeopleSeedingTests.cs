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
}
