using System.Security.Claims;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Tests.Security;

public sealed class ActingOrganTests
{
    private const string ClientOrgan = "11450900MB00000031";
    private const string OtherYulinOrgan = "11450900MB0000004X";
    private const string RetiredYulinOrgan = "11450900MB00000058";
    private const string ZhaoqingOrgan = "11441200MB00000042";

    private static readonly ScriptedDirectory Directory = new(
        Organ(ClientOrgan, "450900", "玉林市直属机关工作委员会"),
        Organ(OtherYulinOrgan, "450900", "玉林市商务局"),
        Organ(RetiredYulinOrgan, "450900", "玉林市经济协作办公室", KnownOrgan.RetiredStatus),
        Organ(ZhaoqingOrgan, "441200", "肇庆市直属机关工作委员会"));

    [Fact]
    public async Task Without_the_header_the_caller_acts_for_the_organ_of_its_token()
    {
        var (result, http) = await AuthorizeAsync(SyncClient(), actingOrgan: null);

        Assert.True(result.HasSucceeded);
        Assert.Equal(("450900", ClientOrgan), Of(http));
        Assert.Equal("450900/sync-450900", CallerIdentity.Of(http).IdempotencyScope);
    }

    [Fact]
    public async Task A_sync_client_acts_for_another_active_organ_of_its_region()
    {
        var (result, http) = await AuthorizeAsync(SyncClient(), $" {OtherYulinOrgan} ");

        Assert.True(result.HasSucceeded);
        Assert.Equal(("450900", OtherYulinOrgan), Of(http));
        Assert.Equal($"450900/sync-450900/{OtherYulinOrgan}", CallerIdentity.Of(http).IdempotencyScope);
    }

    [Theory]
    [InlineData(ZhaoqingOrgan, ActingOrganRefused.OtherRegion)]
    [InlineData(RetiredYulinOrgan, ActingOrganRefused.RetiredOrgan)]
    [InlineData("11450900MB0000099X", ActingOrganRefused.UnknownOrgan)]
    public async Task A_sync_client_is_refused_an_organ_of_another_region_a_retired_or_an_unknown_one(string organ, string code)
    {
        var (result, http) = await AuthorizeAsync(SyncClient(), organ);

        Assert.False(result.HasSucceeded);
        Assert.Equal(code, Assert.Single(result.FailureReasons.OfType<ActingOrganRefused>()).Code);
        Assert.Equal(("450900", ClientOrgan), Of(http));
    }

    [Fact]
    public async Task A_person_names_only_their_own_organ()
    {
        var person = Principal(new Claim("sub", "staff-450900"), new Claim(CorridorClaims.Role, CorridorRoles.Member));

        var own = await AuthorizeAsync(person, ClientOrgan);
        var other = await AuthorizeAsync(person, OtherYulinOrgan);

        Assert.True(own.Result.HasSucceeded);
        Assert.Equal(ActingOrganRefused.NotAllowed, Assert.Single(other.Result.FailureReasons.OfType<ActingOrganRefused>()).Code);
    }

    [Fact]
    public async Task When_the_directory_cannot_be_asked_the_refusal_is_transient()
    {
        var (result, _) = await AuthorizeAsync(SyncClient(), OtherYulinOrgan, new UnreachableDirectory());

        var refusal = Assert.Single(result.FailureReasons.OfType<ActingOrganRefused>());
        Assert.Equal(ActingOrganRefused.DirectoryUnavailable, refusal.Code);
        Assert.True(refusal.IsTransient);
    }

    [Fact]
    public async Task A_service_without_a_directory_refuses_the_header()
    {
        var (result, _) = await AuthorizeAsync(SyncClient(), OtherYulinOrgan, directory: null, withDirectory: false);

        Assert.Equal(ActingOrganRefused.Unsupported, Assert.Single(result.FailureReasons.OfType<ActingOrganRefused>()).Code);
    }

    private static (string Region, string Organ) Of(HttpContext http)
    {
        var caller = CallerIdentity.Of(http);
        return (caller.Region, caller.Organ);
    }

    private static async Task<(AuthorizationHandlerContext Result, HttpContext Http)> AuthorizeAsync(
        ClaimsPrincipal user, string? actingOrgan, IOrganDirectory? directory = null, bool withDirectory = true)
    {
        var services = new ServiceCollection();
        if (withDirectory)
        {
            services.AddSingleton(directory ?? Directory);
        }

        var http = new DefaultHttpContext { User = user, RequestServices = services.BuildServiceProvider() };
        if (actingOrgan is not null)
        {
            http.Request.Headers[ActingOrgan.Header] = actingOrgan;
        }

        var context = new AuthorizationHandlerContext([new ActingOrganRequirement()], user, http);
        await new ActingOrganHandler().HandleAsync(context);
        return (context, http);
    }

    private static ClaimsPrincipal SyncClient() => Principal(
        new Claim("sub", "sync-450900"),
        new Claim(CorridorClaims.Role, CorridorRoles.SyncClient),
        new Claim(CorridorClaims.Role, CorridorRoles.Member));

    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(
        [.. claims, new Claim(CorridorClaims.Region, "450900"), new Claim(CorridorClaims.Organ, ClientOrgan)], "test"));

    private static KnownOrgan Organ(string id, string region, string name, string status = KnownOrgan.ActiveStatus)
    {
        var organ = new KnownOrgan(id);
        organ.Apply(new OrganSnapshot(id, region, name, name, "Municipal", "Organ", null, status), 1, DateTime.UnixEpoch);
        return organ;
    }

    private sealed class ScriptedDirectory(params KnownOrgan[] organs) : IOrganDirectory
    {
        public Task<IReadOnlyDictionary<string, KnownOrgan>> FindAsync(IEnumerable<string> organIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, KnownOrgan>>(organs.Where(o => organIds.Contains(o.OrganId)).ToDictionary(o => o.OrganId));

        public Task<bool> IsMemberRegionAsync(string regionCode, DateOnly day, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<OrganNames> NamesAsync(IEnumerable<string?> organIds, CancellationToken cancellationToken) => Task.FromResult(OrganNames.None);
    }

    private sealed class UnreachableDirectory : IOrganDirectory
    {
        public Task<IReadOnlyDictionary<string, KnownOrgan>> FindAsync(IEnumerable<string> organIds, CancellationToken cancellationToken) =>
            throw new DependencyUnavailableException("The Directory service (Unavailable)", new TimeoutException());

        public Task<bool> IsMemberRegionAsync(string regionCode, DateOnly day, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<OrganNames> NamesAsync(IEnumerable<string?> organIds, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
