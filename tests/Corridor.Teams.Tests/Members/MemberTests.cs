using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Members;
using Corridor.Testing;

namespace Corridor.Teams.Tests.Members;

public sealed class MemberTests
{
    private static readonly string Organ = DemoOrgans.Qinzhou.Id;

    [Fact]
    public void A_member_is_on_the_team_from_joining_until_the_day_they_leave()
    {
        var team = TestTeams.Register();
        var member = team.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Member, true, "138 1234 5678", TestTeams.Day(3, 5), TestTeams.Now);

        team.RemoveMember(TestTeams.Owner, member.Id, TestTeams.Day(4, 1), "调岗", TestTeams.Now);

        Assert.Equal("13812345678", member.Phone);
        Assert.False(member.IsOnTeam(TestTeams.Day(3, 4)));
        Assert.True(member.IsOnTeam(TestTeams.Day(3, 31)));
        Assert.False(member.IsOnTeam(TestTeams.Day(4, 1)));
        Assert.Equal(3, team.Version);
        Assert.Equal(["member-join", "member-leave"], team.History.Skip(1).Select(h => h.Action).ToArray());
    }

    [Fact]
    public void A_team_has_one_leader_at_a_time_and_a_new_one_takes_over_on_the_day_the_previous_left()
    {
        var team = TestTeams.Register();
        var first = team.AddMember(TestTeams.Owner, "王队长", Organ, MemberRole.Leader, true, null, TestTeams.Day(3, 1), TestTeams.Now);

        var overlap = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "赵队长", Organ, MemberRole.Leader, true, null, TestTeams.Day(4, 1), TestTeams.Now));
        Assert.Equal("member.leader-overlap", overlap.Code);
        Assert.Contains("王队长", overlap.Message, StringComparison.Ordinal);

        team.AddMember(TestTeams.Owner, "钱副队长", Organ, MemberRole.Deputy, true, null, TestTeams.Day(3, 1), TestTeams.Now);
        team.RemoveMember(TestTeams.Owner, first.Id, TestTeams.Day(4, 1), "轮换", TestTeams.Now);
        var earlier = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "赵队长", Organ, MemberRole.Leader, true, null, TestTeams.Day(3, 31), TestTeams.Now));
        var second = team.AddMember(TestTeams.Owner, "赵队长", Organ, MemberRole.Leader, true, null, TestTeams.Day(4, 1), TestTeams.Now);

        Assert.Equal("member.leader-overlap", earlier.Code);
        Assert.Same(first, team.LeaderOn(TestTeams.Day(3, 31)));
        Assert.Same(second, team.LeaderOn(TestTeams.Day(4, 1)));
    }

    [Fact]
    public void The_same_person_is_on_a_team_once_at_a_time_but_may_be_on_several_teams()
    {
        var team = TestTeams.Register();
        var other = TestTeams.Register(kind: TeamKind.YouthCommando);
        team.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Member, true, null, TestTeams.Day(3, 5), TestTeams.Now);

        var twice = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Deputy, true, null, TestTeams.Day(4, 5), TestTeams.Now));
        other.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Member, true, null, TestTeams.Day(3, 5), TestTeams.Now);
        team.AddMember(TestTeams.Owner, "李四", DemoOrgans.Yulin.Id, MemberRole.Member, false, null, TestTeams.Day(3, 5), TestTeams.Now);

        Assert.Equal("member.already-member", twice.Code);
        Assert.Equal(2, team.Members.Count);
    }

    [Fact]
    public void Joining_and_leaving_dates_are_checked()
    {
        var team = TestTeams.Register();
        var member = team.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Member, true, null, TestTeams.Day(3, 5), TestTeams.Now);

        var beforeFormed = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "甲", Organ, MemberRole.Member, true, null, TestTeams.FormedOn.AddDays(-1), TestTeams.Now));
        var future = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "乙", Organ, MemberRole.Member, true, null, TestTeams.Today.AddDays(1), TestTeams.Now));
        var leaveBeforeJoin = Assert.Throws<DomainRuleException>(() => team.RemoveMember(TestTeams.Owner, member.Id, TestTeams.Day(3, 5), null, TestTeams.Now));
        var leaveLater = Assert.Throws<DomainRuleException>(() => team.RemoveMember(TestTeams.Owner, member.Id, TestTeams.Today.AddDays(2), null, TestTeams.Now));
        team.RemoveMember(TestTeams.Owner, member.Id, TestTeams.Day(4, 1), null, TestTeams.Now);
        var twice = Assert.Throws<DomainRuleException>(() => team.RemoveMember(TestTeams.Owner, member.Id, TestTeams.Day(4, 2), null, TestTeams.Now));
        Assert.Throws<NotFoundException>(() => team.RemoveMember(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(4, 2), null, TestTeams.Now));

        Assert.Equal(
            ["member.before-formed", "member.join-in-future", "member.leave-before-join", "member.leave-in-future", "member.already-left"],
            new[] { beforeFormed.Code, future.Code, leaveBeforeJoin.Code, leaveLater.Code, twice.Code });
    }

    [Fact]
    public void A_member_needs_a_valid_organ_code_and_a_phone_number_that_is_one()
    {
        var team = TestTeams.Register();

        var organ = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "甲", "not-an-organ", MemberRole.Member, true, null, TestTeams.Today, TestTeams.Now));
        var idNumber = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "甲", Organ, MemberRole.Member, true, "450702199001011234", TestTeams.Today, TestTeams.Now));

        Assert.Equal(("member.organ-code", "member.phone"), (organ.Code, idNumber.Code));
        Assert.Empty(team.Members);
    }

    [Fact]
    public void No_one_is_added_to_a_team_that_stood_down()
    {
        var team = TestTeams.Register();
        team.StandDown(TestTeams.Owner, "撤编", null, TestTeams.Now);

        var refused = Assert.Throws<DomainRuleException>(() => team.AddMember(TestTeams.Owner, "甲", Organ, MemberRole.Member, true, null, TestTeams.Today, TestTeams.Now));

        Assert.Equal("team.stood-down", refused.Code);
    }

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData(" +86 138-1234-5678 ", "+8613812345678")]
    [InlineData("0777-2812345", "07772812345")]
    [InlineData("1234", null)]
    [InlineData("450702199001011234", null)]
    [InlineData("45070219900101123X", null)]
    [InlineData("138 1234 abcd", null)]
    [InlineData("86+13812345678", null)]
    public void Phone_numbers_are_stored_as_digits_and_anything_else_is_refused(string input, string? stored) =>
        Assert.Equal(stored, PhoneNumbers.Normalize(input));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+8613812345678", "+86*******5678")]
    [InlineData("2812345", "*****45")]
    public void Masked_numbers_keep_only_the_ends(string phone, string masked) =>
        Assert.Equal(masked, PhoneNumbers.Mask(phone));

    [Fact]
    public void Readers_outside_the_owning_region_see_name_role_and_a_masked_phone_only()
    {
        var team = TestTeams.Register();
        var member = team.AddMember(TestTeams.Owner, "李四", Organ, MemberRole.Deputy, true, "13812345678", TestTeams.Day(3, 5), TestTeams.Now);

        var owner = MemberResponse.Of(member, TeamVisibility.SeesMemberDetails(team, TestTeams.Owner));
        var coordinator = TestTeams.Caller(DemoOrgans.Zhanjiang, "member", "coordinator");
        var other = MemberResponse.Of(member, TeamVisibility.SeesMemberDetails(team, coordinator));

        Assert.Equal(("13812345678", true, (bool?)true), (owner.Phone, owner.DetailsVisible, owner.PartyMember));
        Assert.Equal(("李四", "Deputy", "138****5678", false), (other.PersonName, other.Role, other.Phone, other.DetailsVisible));
        Assert.Equal((null, null, null, null), (other.OrganId, other.PartyMember, other.JoinedOn, other.LeftOn));
        Assert.True(TeamVisibility.SeesRoster(team, coordinator));
        Assert.False(TeamVisibility.SeesRoster(team, TestTeams.Caller(DemoOrgans.Zhanjiang)));
    }
}
