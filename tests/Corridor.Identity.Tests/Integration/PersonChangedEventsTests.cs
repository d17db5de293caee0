using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.Infrastructure;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Every change of a person's record through the people API is published as PersonChanged, the whole record with the
/// new version, in the transaction of the change; a password reset is not a change of the record and is not published.
/// </summary>
public sealed class PersonChangedEventsTests : IAsyncLifetime
{
    private const string People = "/api/v1/people";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task A_created_person_is_published_once_with_the_whole_record_and_a_refused_create_publishes_nothing()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var created = await PostAsync(secretariat, People, NewPerson("he.fang", "he.fang@yulin.example"));
        var id = (await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("person").GetProperty("id").GetGuid();

        var published = Assert.Single(await PersonChangedRows.OfAsync(_identity, id));
        Assert.Equal(id, published.AggregateId);
        Assert.Equal("he.fang", published.UserName);
        Assert.Equal("何芳", published.DisplayName);
        Assert.Equal(DemoOrgans.Yulin.Id, published.OrganId);
        Assert.Equal(DemoOrgans.Yulin.RegionCode, published.RegionCode);
        Assert.Equal([CorridorRoles.Coordinator, CorridorRoles.Member], published.Roles);
        Assert.Equal("he.fang@yulin.example", published.Email);
        Assert.True(published.Active);
        Assert.Equal(1, published.AggregateVersion);

        var before = (await PersonChangedRows.AllAsync(_identity)).Count;
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(secretariat, People, NewPerson("he.fang", null))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(secretariat, People, NewPerson("weak.password", null) with { InitialPassword = "short" })).StatusCode);
        Assert.Equal(before, (await PersonChangedRows.AllAsync(_identity)).Count);
    }

    [Fact]
    public async Task When_the_event_cannot_be_written_the_person_is_not_created_either()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        var before = (await PersonChangedRows.AllAsync(_identity)).Count;
        await RefusePersonChangedRowsAsync();

        var refused = await PostAsync(secretariat, People, NewPerson("never.stored", null));

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.False(await _identity.Host.QueryAsync<IdentityDbContext, bool>(db => db.People.AnyAsync(p => p.UserName == "never.stored")));
        Assert.Equal(before, (await PersonChangedRows.AllAsync(_identity)).Count);
    }

    [Fact]
    public async Task When_the_event_cannot_be_written_a_role_change_is_not_stored_either()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        var (staff, etag) = await FindAsync(secretariat, "staff-441200");
        await RefusePersonChangedRowsAsync();

        var refused = await PutAsync(secretariat, $"{People}/{staff.GetProperty("id").GetString()}/roles", new { roles = new[] { CorridorRoles.Member, CorridorRoles.Coordinator } }, etag);

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        var (unchanged, unchangedETag) = await FindAsync(secretariat, "staff-441200");
        Assert.Equal(etag, unchangedETag);
        Assert.Equal([CorridorRoles.Member], unchanged.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Roles_lock_and_unlock_each_publish_the_next_version_with_active_right_and_a_reset_publishes_nothing()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        var (staff, etag) = await FindAsync(secretariat, "staff-441200");
        var id = staff.GetProperty("id").GetGuid();
        var path = $"{People}/{id}";

        var reRoled = await PutAsync(secretariat, $"{path}/roles", new { roles = new[] { CorridorRoles.Member, CorridorRoles.Coordinator } }, etag);
        Assert.Equal(HttpStatusCode.OK, reRoled.StatusCode);
        var locked = await PostAsync(secretariat, $"{path}/lock", null, reRoled.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var unlocked = await PostAsync(secretariat, $"{path}/unlock", null, locked.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        var reset = await PostAsync(secretariat, $"{path}/password-reset", null, unlocked.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        var published = await PersonChangedRows.OfAsync(_identity, id);
        Assert.Equal([1L, 2L, 3L, 4L], published.Select(e => e.AggregateVersion));
        Assert.Equal([true, true, false, true], published.Select(e => e.Active));
        Assert.Equal([CorridorRoles.Member], published[0].Roles);
        Assert.All(published.Skip(1), e => Assert.Equal([CorridorRoles.Coordinator, CorridorRoles.Member], e.Roles));
        Assert.All(published, e => Assert.Equal("staff-441200@demo.corridor.local", e.Email));
    }

    private Task<int> RefusePersonChangedRowsAsync() => _identity.Host.QueryAsync<IdentityDbContext, int>(db => db.Database.ExecuteSqlRawAsync(
        "CREATE TRIGGER refuse_person_changed BEFORE INSERT ON OutboxMessages WHEN NEW.MessageType = 'Corridor.Contracts.Events.PersonChanged' " +
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));

    private static NewPersonRequest NewPerson(string userName, string? email) => new(
        userName, "何芳", DemoOrgans.Yulin.Id, DemoOrgans.Yulin.RegionCode, [CorridorRoles.Member, CorridorRoles.Coordinator], email, "a-good-password-2026");

    // Sent as JSON in camel case, as the console sends it.
    private sealed record NewPersonRequest(
        string UserName, string DisplayName, string OrganId, string RegionCode, string[] Roles, string? Email, string InitialPassword);
}
