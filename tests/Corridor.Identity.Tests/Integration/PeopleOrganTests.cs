using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// A person's organ as the directory records it (ADR 0019): unknown, retired and other-region organs are refused with
/// the same problems as in the other services, the person's region is the organ's, and a coordinator's own region is
/// their organ's region in the directory.
/// </summary>
public sealed class PeopleOrganTests : IAsyncLifetime
{
    private const string People = "/api/v1/people";

    // Organs of this test class only (serials no demo organ uses), so the shared DirectoryPeer keeps tests apart.
    private static readonly DemoOrgan Unknown = new(UnifiedSocialCreditCode.Complete("11450900MB0000911"), "玉林市不存在的机关", "450900");
    private static readonly DemoOrgan Retired = new(UnifiedSocialCreditCode.Complete("11450900MB0000912"), "玉林市已撤销的机关", "450900");
    private static readonly DemoOrgan OnlyInDirectory = new(UnifiedSocialCreditCode.Complete("11441200MB0000913"), "肇庆市新登记的机关", "441200");

    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task An_organ_the_directory_does_not_know_is_refused_as_unknown_organ()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var problem = await (await PostAsync(secretariat, People, NewPerson("unknown.organ", Unknown, Unknown.RegionCode))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        AssertRefused(problem, OrganRefusedException.UnknownOrgan, "organId");
    }

    [Fact]
    public async Task A_retired_organ_is_refused_as_retired_organ()
    {
        await _identity.Host.KnowOrgansAsync([Retired], status: KnownOrgan.RetiredStatus);
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var problem = await (await PostAsync(secretariat, People, NewPerson("retired.organ", Retired, Retired.RegionCode))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        AssertRefused(problem, OrganRefusedException.RetiredOrgan, "organId");
    }

    [Fact]
    public async Task A_stated_region_other_than_the_organs_is_refused_as_region_mismatch()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var labelled = NewPerson("zq.as.yulin", DemoOrgans.Zhaoqing, DemoOrgans.Yulin.RegionCode);
        var problem = await (await PostAsync(secretariat, People, labelled)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        AssertRefused(problem, OrganRefusedException.RegionMismatch, "regionCode");
    }

    [Fact]
    public async Task A_known_active_organ_is_accepted_and_the_person_takes_its_region_from_the_directory()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var fromReadModel = await (await PostAsync(secretariat, People, NewPerson("hz.staff", DemoOrgans.Hezhou, regionCode: null)))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(DemoOrgans.Hezhou.RegionCode, fromReadModel.GetProperty("person").GetProperty("regionCode").GetString());

        // Not in the read model yet: asked of the Directory, and then known.
        DirectoryPeer.Shared.Register(DemoDirectory.Snapshot(OnlyInDirectory), 1);
        var asked = await (await PostAsync(secretariat, People, NewPerson("zq.new.organ", OnlyInDirectory, OnlyInDirectory.RegionCode)))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(OnlyInDirectory.Id, asked.GetProperty("person").GetProperty("organId").GetString());
        Assert.Equal(OnlyInDirectory.RegionCode, asked.GetProperty("person").GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task A_coordinator_of_one_region_cannot_create_a_person_of_another_regions_organ()
    {
        using var coordinator = await ApiAsync(_identity.Address, "coordinator-450900", "demo-coordinator-450900");

        var stated = await PostAsync(coordinator, People, NewPerson("zq.by.yulin", DemoOrgans.Zhaoqing, DemoOrgans.Zhaoqing.RegionCode));
        var derived = await PostAsync(coordinator, People, NewPerson("zq.by.yulin", DemoOrgans.Zhaoqing, regionCode: null));

        Assert.Equal("person.other-region", (await stated.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("person.other-region", (await derived.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(coordinator, People, NewPerson("yl.by.yulin", DemoOrgans.YulinBureau, regionCode: null))).StatusCode);
    }

    [Fact]
    public async Task A_coordinators_own_region_is_their_organs_region_in_the_directory_not_the_one_their_token_states()
    {
        // The directory now records the Yulin coordinator's organ in Hezhou; their token still says Yulin.
        var options = _identity.Host.Services.GetRequiredService<IdentityOptions>();
        var organ = options.Users.Single(u => u.UserName == "coordinator-450900").OrganId;
        await _identity.Host.KnowOrgansAsync([new DemoOrgan(organ, "贺州市直属机关工作委员会", DemoOrgans.Hezhou.RegionCode)], version: 2);
        using var coordinator = await ApiAsync(_identity.Address, "coordinator-450900", "demo-coordinator-450900");

        var own = await (await coordinator.GetAsync(People)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var yulin = await PostAsync(coordinator, People, NewPerson("yl.after.move", DemoOrgans.Yulin, regionCode: null));
        var hezhou = await PostAsync(coordinator, People, NewPerson("hz.after.move", DemoOrgans.Hezhou, regionCode: null));

        Assert.NotEmpty(own.GetProperty("items").EnumerateArray());
        Assert.All(own.GetProperty("items").EnumerateArray(), p => Assert.Equal(DemoOrgans.Hezhou.RegionCode, p.GetProperty("regionCode").GetString()));
        Assert.Equal("person.other-region", (await yulin.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, hezhou.StatusCode);
    }

    private static void AssertRefused(JsonElement problem, string code, string field)
    {
        Assert.Equal(OrganRefusedException.ProblemTypeBase + code, problem.GetProperty("type").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    /// <summary>A new member of <paramref name="organ"/>, stating <paramref name="regionCode"/> (null: none, the directory's).</summary>
    private static object NewPerson(string userName, DemoOrgan organ, string? regionCode) => new
    {
        userName,
        displayName = userName,
        organId = organ.Id,
        regionCode,
        roles = new[] { CorridorRoles.Member },
        initialPassword = "a-good-password-2026",
    };
}
